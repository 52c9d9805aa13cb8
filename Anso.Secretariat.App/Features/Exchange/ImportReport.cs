using Anso.Secretariat.Domain.Common;

namespace Anso.Secretariat.App.Features.Exchange;

public enum ImportKind { Organizations, Applications }

public enum RowOutcome { New, AlreadyPresent, Error }

/// <param name="Row">The row as a spreadsheet numbers it: the header is row 1, the first record row 2.</param>
/// <param name="Label">What the row is about, such as "University of Belgrade (Serbia)".</param>
/// <param name="Messages">Its errors or notes, in the language of the user who chose the file (the culture the check ran in).</param>
public sealed record ImportRow(int Row, string Label, RowOutcome Outcome, IReadOnlyList<string> Messages)
{
    /// <summary>"Row 4 (Ambo University (Ethiopia)): GB meeting: There is no 11th GB meeting; …".</summary>
    public string Describe() => ExchangeText.Current["RowError", Row, Label,
        Outcome == RowOutcome.Error ? string.Join(" ", Messages) : ExchangeText.Current[$"Outcome_{Outcome}"]];
}

/// <summary>What a preview or an import is doing: uploading, reading, checking, saving.</summary>
public enum ImportPhase { Uploading, Reading, Checking, Saving }

/// <summary>How far a preview or an import is, for the progress bar.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total)
{
    public double Percent => Total == 0 ? 0 : Math.Round(100.0 * Done / Total, 1);
}

/// <summary>What a file holds, row by row, and what importing it would do (or did).</summary>
public sealed record ImportReport(ImportKind Kind, string FileName, IReadOnlyList<string> FileErrors, IReadOnlyList<ImportRow> Rows)
{
    /// <summary>How long an import held the database's write lock (zero for a preview).</summary>
    public TimeSpan WriteLock { get; init; }

    public int New => Rows.Count(r => r.Outcome == RowOutcome.New);
    public int AlreadyPresent => Rows.Count(r => r.Outcome == RowOutcome.AlreadyPresent);
    public int Errors => Rows.Count(r => r.Outcome == RowOutcome.Error);
    public bool HasErrors => FileErrors.Count > 0 || Errors > 0;
    /// <summary>Whether confirming would write something: no error anywhere, and at least one new row.</summary>
    public bool CanImport => !HasErrors && New > 0;

    public static ImportReport ForFileError(ImportKind kind, string fileName, string error) => new(kind, fileName, [error], []);
}

/// <summary>An import was asked for but the file has errors: nothing was written. The report names every row and error.</summary>
public sealed class ImportRefusedException(ImportReport report) : DomainException(
    Problems(report).Count > 5 ? ServiceRefusal.NothingImportedAndMore : ServiceRefusal.NothingImported,
    report.FileName, string.Join(" ", Problems(report).Take(5)), Problems(report).Count - 5)
{
    public ImportReport Report { get; } = report;

    private static List<string> Problems(ImportReport report) =>
        report.FileErrors.Concat(report.Rows.Where(r => r.Outcome == RowOutcome.Error).Select(r => r.Describe())).ToList();
}
