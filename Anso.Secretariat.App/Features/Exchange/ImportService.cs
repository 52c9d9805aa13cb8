using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.Domain.Applications;
using System.Diagnostics;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Exchange;

/// <summary>
/// Imports organizations, and applications with their state, from CSV. A preview checks every row and writes nothing;
/// an import checks them again, without holding the write lock, and then writes every row or none in one short transaction. Rows already in the database
/// (matched as the duplicate check matches: name without case or accents, and country) are left alone, so importing
/// the same file twice adds nothing.
/// </summary>
public sealed class ImportService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user, SecretariatTime time)
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    private const int SaveChunk = 500;

    public Task<ImportReport> PreviewAsync(ImportKind kind, string fileName, byte[] content, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(kind, fileName, content, write: false, progress, ct);

    /// <summary>Writes the file's new rows, all or none. Throws <see cref="ImportRefusedException"/> when any row has an error.</summary>
    public Task<ImportReport> ImportAsync(ImportKind kind, string fileName, byte[] content, IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(kind, fileName, content, write: true, progress, ct);

    /// <summary>Why a file is refused before a row is read; the page says it before uploading, the service again after.</summary>
    public static string TooLarge(string fileName, long bytes) =>
        ExchangeText.Current["TooLarge", fileName, Display.FileSize(bytes), MaxFileBytes / 1024 / 1024];

    private async Task<ImportReport> RunAsync(ImportKind kind, string fileName, byte[] content, bool write, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var by = await user.ActAsync(Operation.ManageOrganizations);
        if (kind == ImportKind.Applications) await user.RequireAsync(Operation.ManageApplications);
        fileName = Path.GetFileName(fileName);
        if (content.LongLength > MaxFileBytes)
            return ImportReport.ForFileError(kind, fileName, TooLarge(fileName, content.LongLength));

        CsvFiles.Table table;
        try
        {
            table = CsvFiles.Read(content, new Progress<int>(n => progress?.Report(new(ImportPhase.Reading, n, 0))));
        }
        catch (FormatException e)
        {
            return ImportReport.ForFileError(kind, fileName, e.Message);
        }

        // Checked first with no lock held (in WAL mode reading blocks no one), then written in one short transaction. If
        // someone added a clashing record in between, or changed one the file updates, the check runs again; the last try
        // checks under the lock, as every import once did.
        for (var attempt = 1; ; attempt++)
        {
            var lockFirst = attempt == MaxAttempts;
            var outcome = await CheckAndWriteAsync(kind, fileName, table, by, write, lockFirst, progress, ct);
            if (outcome is not null) return outcome;
        }
    }

    private const int MaxAttempts = 3;

    /// <summary>From how many new records an import refreshes the query planner's statistics.</summary>
    private const int LargeImport = 1000;

    /// <returns>The report, or null when others changed what the file touches while it was checked (then try again).</returns>
    private async Task<ImportReport?> CheckAndWriteAsync(ImportKind kind, string fileName, CsvFiles.Table table, Actor by, bool write,
        bool lockFirst, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        // SQLite's BEGIN IMMEDIATE: the write lock, held from here until the commit.
        await using var transaction = write && lockFirst ? await db.BeginWriteAsync(ct) : null;
        var lockHeld = Stopwatch.StartNew();
        var seen = write ? await ImportWatermark.ReadAsync(db, ct) : null;
        ImportBatch batch = kind switch
        {
            ImportKind.Organizations => new OrganizationImport(db, table),
            _ => new ApplicationImport(db, table, fileName, by, time),
        };
        var fileErrors = batch.MissingColumns();
        if (fileErrors.Count > 0) return new ImportReport(kind, fileName, fileErrors, []);
        if (table.Records.Count == 0) return ImportReport.ForFileError(kind, fileName, ExchangeText.Current["NoRows", fileName]);

        await batch.LoadAsync(ct);
        var rows = new List<ImportRow>(table.Records.Count);
        foreach (var (row, fields) in table.Records)
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(await batch.CheckAsync(row, fields, ct));
            if (rows.Count % 100 == 0) progress?.Report(new(ImportPhase.Checking, rows.Count, table.Records.Count));
        }
        progress?.Report(new(ImportPhase.Checking, rows.Count, table.Records.Count));
        var report = new ImportReport(kind, fileName, [], rows);
        if (!write) return report;
        if (report.HasErrors) throw new ImportRefusedException(report); // nothing written

        // Organizations already there that the file changed (an admission) are saved with the first chunk. A register file
        // adds only new organizations, so after each chunk the change tracker is emptied and a chunk costs the same however
        // many came before it (the saving interceptors look at every tracked record). Applications keep theirs: later
        // chunks reach the meetings and organizations tracked for the earlier ones.
        db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var pending = batch.Pending;
        await using var writing = transaction is null ? await db.BeginWriteAsync(ct) : null;
        if (transaction is null)
        {
            lockHeld.Restart();
            if (await seen!.ClashesAsync(db, pending, ct)) return null;
        }
        try
        {
            for (var i = 0; i < pending.Count; i += SaveChunk)
            {
                db.AddRange(pending.Skip(i).Take(SaveChunk));
                await db.SaveChangesAsync(ct);
                if (batch is OrganizationImport) db.ChangeTracker.Clear();
                progress?.Report(new(ImportPhase.Saving, Math.Min(i + SaveChunk, pending.Count), pending.Count));
            }
            if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct); // nothing new, but a change to a record already there
        }
        catch (DbUpdateConcurrencyException) when (!lockFirst)
        {
            return null; // an organization the file admits was changed meanwhile: check again
        }
        await (transaction ?? writing)!.CommitAsync(ct);
        if (pending.Count >= LargeImport) await QueryStatistics.RefreshAsync(db, ct); // the planner's figures for the new size
        return report with { WriteLock = lockHeld.Elapsed };
    }
}

/// <summary>
/// The newest organization and application when the check began. Under the write lock, anything added after them that
/// names an organization of the file means the check is out of date.
/// </summary>
internal sealed record ImportWatermark(int LastOrganization, int LastApplication)
{
    public static async Task<ImportWatermark> ReadAsync(SecretariatDbContext db, CancellationToken ct) =>
        new(await db.Organizations.MaxAsync(o => (int?)o.Id, ct) ?? 0, await db.Applications.MaxAsync(a => (int?)a.Id, ct) ?? 0);

    public async Task<bool> ClashesAsync(SecretariatDbContext db, List<object> pending, CancellationToken ct)
    {
        var added = await db.Organizations.AsNoTracking().Where(o => o.Id > LastOrganization)
            .Select(o => new { o.NameKey, o.CountryCode }).ToListAsync(ct);
        added.AddRange(await db.Applications.AsNoTracking().Where(a => a.Id > LastApplication)
            .Select(a => new { a.Organization.NameKey, a.Organization.CountryCode }).ToListAsync(ct));
        if (added.Count == 0) return false;
        var touched = pending.Select(p => p switch
            {
                Organization o => o,
                MembershipApplication a => a.Organization,
                _ => null,
            })
            .OfType<Organization>().Select(o => (o.NameKey, o.CountryCode)).ToHashSet();
        return added.Any(a => touched.Contains((a.NameKey, a.CountryCode)));
    }
}

/// <summary>The rows of one file, checked one by one against the database and the rows before them.</summary>
internal abstract class ImportBatch(CsvFiles.Table table)
{
    protected CsvFiles.Table Table { get; } = table;

    /// <summary>The new records, in file order, to be added when the import is confirmed.</summary>
    public List<object> Pending { get; } = [];

    public abstract List<string> MissingColumns();
    public abstract Task LoadAsync(CancellationToken ct);
    public abstract Task<ImportRow> CheckAsync(int row, string[] fields, CancellationToken ct);

    protected static string Field(string[] fields, int column) => column >= 0 && column < fields.Length ? fields[column].Trim() : "";

    protected string? Require(string name, params string[] alternatives) =>
        Table.Column([name, .. alternatives]) >= 0 ? null
            : ExchangeText.Current["MissingColumn", name].Value;

    /// <summary>Categories by name, compared without case or accents.</summary>
    protected sealed class CategoryIndex
    {
        private readonly Dictionary<string, int> byKey;
        private readonly string names;

        private CategoryIndex(List<Domain.Organizations.Category> categories)
        {
            byKey = categories.ToDictionary(c => Domain.Common.TextMatching.MatchKey(c.Name), c => c.Id);
            names = string.Join(", ", categories.Select(c => c.Name));
        }

        public static async Task<CategoryIndex> LoadAsync(SecretariatDbContext db, CancellationToken ct) =>
            new(await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct));

        public int? Find(string text, RowErrors errors, bool required)
        {
            if (text.Length == 0)
            {
                if (required) errors.Add(CsvColumns.Category, ExchangeText.Current["GiveCategory"]);
                return null;
            }
            if (byKey.TryGetValue(Domain.Common.TextMatching.MatchKey(text), out var id)) return id;
            errors.Add(CsvColumns.Category, ExchangeText.Current["NotACategory", text, names]);
            return null;
        }
    }

    /// <summary>
    /// Collects a row's problems, each prefixed with its column as the file names it (in English, as the file's header
    /// says it), keeping at most one message per field.
    /// </summary>
    protected sealed class RowErrors
    {
        private readonly Dictionary<string, string> byField = new();
        public bool Any => byField.Count > 0;
        public bool Has(string field) => byField.ContainsKey(field);
        public IReadOnlyList<string> Messages => byField.Select(kv => OfColumn(kv.Key, kv.Value)).ToList();

        /// <summary>"Country: 'Atlantis' is not a country; …".</summary>
        public static string OfColumn(string column, string message) => ExchangeText.Current["ColumnMessage", column, message];

        public void Add(string column, string? message)
        {
            if (message is not null) byField.TryAdd(column, message);
        }

        public void Add(FluentValidation.Results.ValidationResult result, IReadOnlyDictionary<string, string> columns)
        {
            foreach (var failure in result.Errors)
                Add(columns.GetValueOrDefault(failure.PropertyName, failure.PropertyName), Refusals.Say(failure));
        }
    }
}
