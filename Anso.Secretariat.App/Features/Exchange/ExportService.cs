using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Exchange;

public sealed record CsvDownload(byte[] Content, string FileName);

/// <summary>A download written straight to the response while the query reads (the access check is already done).</summary>
public sealed record CsvStream(string FileName, Func<Stream, CancellationToken, Task> WriteAsync);

/// <summary>The columns of each file. Imports read the same names, so an exported file imports back as it is.</summary>
public static class CsvColumns
{
    public const string Name = "Name", NativeName = "Name in own script", Acronym = "Acronym", Country = "Country", CountryCode = "Country code", Region = "Region",
        Category = "Category", Status = "Status", MembershipType = "Membership type", MemberSince = "Member since",
        Founding = "Founding member", Board = "GB member", Website = "Website", Address = "Address",
        ContactName = "Contact name", ContactEmail = "Contact email";

    public const string Number = "No.", Organization = "Organization", State = "State", Received = "Received",
        BoardMeeting = "GB meeting", AssemblyMeeting = "GA meeting", AdmittedAs = "Admitted as", Summary = "Summary",
        Recommendation = "Recommendation";

    public const string Date = "Date", Meeting = "Meeting", Item = "Item", Decision = "Decision", Outcome = "Outcome", ApplicationNumber = "Application no.";

    public static readonly string[] Register =
        [Name, NativeName, Acronym, Country, CountryCode, Region, Category, Status, MembershipType, MemberSince, Founding, Board, Website, Address, ContactName, ContactEmail];

    public static readonly string[] Applications =
        [Number, Organization, Acronym, Country, CountryCode, Category, State, Received, BoardMeeting, AssemblyMeeting, AdmittedAs, Summary, Recommendation];

    public static readonly string[] Decisions =
        [Date, Meeting, Item, Decision, Outcome, Organization, Acronym, Country, Category, ApplicationNumber];
}

public sealed class ExportService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user, SecretariatTime time, DecisionRegisterService register)
{
    /// <summary>The register (members, applicants and former members) as filtered on /organizations.</summary>
    public async Task<CsvDownload> RegisterAsync(OrganizationFilter filter) => await BufferedAsync(await RegisterStreamAsync(filter));

    /// <summary>The register as a stream, by name: the file's columns read in SQL, each row written as the query reads it.</summary>
    public async Task<CsvStream> RegisterStreamAsync(OrganizationFilter filter)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        var what = filter.Status == OrganizationStatus.Member ? "members" : "organizations";
        return new(CsvFiles.FileName(what, Today()), async (output, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organizations = MemberRegister.Filter(db, Visibility.Organizations(reader, db.Organizations.AsNoTracking(), db.Applications), filter)
                .OrderBy(o => o.Name).ThenBy(o => o.Id)
                .Select(o => new
                {
                    o.Name, o.NativeName, o.Acronym, o.CountryCode, Category = o.Category!.Name, o.Status, o.MembershipType, o.MemberSince,
                    o.IsFoundingMember, o.IsBoardMember, o.Website, o.Address, o.ContactName, o.ContactEmail,
                })
                .AsAsyncEnumerable();
            var rows = organizations.Select(o => (IReadOnlyList<string?>)
            [
                o.Name, o.NativeName, o.Acronym, Countries.NameOf(o.CountryCode), o.CountryCode, Regions.Of(o.CountryCode), o.Category,
                CsvValues.Status(o.Status), o.MembershipType?.ToString(), CsvValues.Date(o.MemberSince), CsvValues.YesNo(o.IsFoundingMember),
                CsvValues.YesNo(o.IsBoardMember), o.Website, o.Address, o.ContactName, o.ContactEmail,
            ]);
            await CsvFiles.WriteAsync(output, CsvColumns.Register, rows, ct);
        });
    }

    /// <summary>The applications list, with the same filter and the same visibility as /applications.</summary>
    public async Task<CsvDownload> ApplicationsAsync(ApplicationFilter filter) => await BufferedAsync(await ApplicationsStreamAsync(filter));

    /// <summary>
    /// The applications list as a stream: each row is written as the query reads it, newest first, from the columns the
    /// file needs (<see cref="ApplicationLine"/>), never from loaded entities.
    /// </summary>
    public async Task<CsvStream> ApplicationsStreamAsync(ApplicationFilter filter)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        return new(CsvFiles.FileName("applications", Today()), async (output, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var query = ApplicationService.Filter(db, Visibility.Applications(reader, db.Applications.AsNoTracking()), filter);
            var lines = ApplicationLine.Of(ApplicationService.Sorted(query, ApplicationSort.Received, descending: true)).AsAsyncEnumerable();
            await CsvFiles.WriteAsync(output, CsvColumns.Applications, ApplicationRows.Of(lines), ct);
        });
    }

    /// <summary>
    /// The decision register as /decisions shows it (the minutes' decisions and the membership decisions of the
    /// applications' history, with the same filter and visibility), with the organization of each membership decision.
    /// </summary>
    public async Task<CsvDownload> DecisionsAsync(DecisionFilter filter)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        var decisions = await register.ListAsync(filter);
        await using var db = await dbFactory.CreateDbContextAsync();
        var ids = decisions.Where(d => d.ApplicationId is not null).Select(d => d.ApplicationId!.Value).Distinct().ToList();
        var organizations = await Visibility.Applications(reader, db.Applications.AsNoTracking())
            // One parameter holding the list (json_each on SQLite, = ANY on PostgreSQL): as one SQL parameter per id, 10,000
            // ids cost seconds to bind on SQLite, and 50,000 are over its limit of 32,766 parameters.
            .Where(a => EF.Parameter(ids).Contains(a.Id))
            .Select(a => new { a.Id, a.Organization.Name, a.Organization.Acronym, a.Organization.CountryCode, Category = a.Organization.Category!.Name })
            .ToDictionaryAsync(a => a.Id);
        var rows = decisions.Select(d =>
        {
            var o = d.ApplicationId is { } id ? organizations.GetValueOrDefault(id) : null;
            return new[]
            {
                CsvValues.Date(d.Date), d.Meeting, d.Item, d.Decision, d.Outcome.ToString(),
                o?.Name, o?.Acronym, o is null ? null : Countries.NameOf(o.CountryCode), o?.Category, d.ApplicationId?.ToString(),
            };
        });
        return new(CsvFiles.Write(CsvColumns.Decisions, rows), CsvFiles.FileName("decisions", Today()));
    }

    /// <summary>A streamed file written whole to memory, for the callers that need its bytes (the tests, an attachment).</summary>
    private static async Task<CsvDownload> BufferedAsync(CsvStream csv)
    {
        using var buffer = new MemoryStream();
        await csv.WriteAsync(buffer, CancellationToken.None);
        return new(buffer.ToArray(), csv.FileName);
    }

    private DateOnly Today() => time.Today;
}
