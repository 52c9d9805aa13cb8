using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Exchange;

public sealed record CsvDownload(byte[] Content, string FileName);

/// <summary>The columns of each file. Imports read the same names, so an exported file imports back as it is.</summary>
public static class CsvColumns
{
    public const string Name = "Name", Acronym = "Acronym", Country = "Country", CountryCode = "Country code", Region = "Region",
        Category = "Category", Status = "Status", MembershipType = "Membership type", MemberSince = "Member since",
        Founding = "Founding member", Board = "GB member", Website = "Website", Address = "Address",
        ContactName = "Contact name", ContactEmail = "Contact email";

    public const string Number = "No.", Organization = "Organization", State = "State", Received = "Received",
        BoardMeeting = "GB meeting", AssemblyMeeting = "GA meeting", AdmittedAs = "Admitted as", Summary = "Summary",
        Recommendation = "Recommendation";

    public const string Date = "Date", Meeting = "Meeting", Decision = "Decision", ApplicationNumber = "Application no.", Note = "Note";

    public static readonly string[] Register =
        [Name, Acronym, Country, CountryCode, Region, Category, Status, MembershipType, MemberSince, Founding, Board, Website, Address, ContactName, ContactEmail];

    public static readonly string[] Applications =
        [Number, Organization, Acronym, Country, CountryCode, Category, State, Received, BoardMeeting, AssemblyMeeting, AdmittedAs, Summary, Recommendation];

    public static readonly string[] Decisions =
        [Date, Meeting, Organization, Acronym, Country, Category, Decision, ApplicationNumber, Note];
}

public sealed class ExportService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user, TimeProvider clock)
{
    /// <summary>The register (members, applicants and former members) as filtered on /organizations.</summary>
    public async Task<CsvDownload> RegisterAsync(OrganizationFilter filter)
    {
        await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var organizations = await MemberRegister.Filter(db.Organizations.AsNoTracking().Include(o => o.Category), filter)
            .OrderBy(o => o.Name).ToListAsync();
        var rows = organizations.Select(o => new[]
        {
            o.Name, o.Acronym, o.CountryName, o.CountryCode, Regions.Of(o.CountryCode), o.Category?.Name, CsvValues.Status(o.Status),
            o.MembershipType?.ToString(), CsvValues.Date(o.MemberSince), CsvValues.YesNo(o.IsFoundingMember), CsvValues.YesNo(o.IsBoardMember),
            o.Website, o.Address, o.ContactName, o.ContactEmail,
        });
        var what = filter.Status == OrganizationStatus.Member ? "members" : "organizations";
        return new(CsvFiles.Write(CsvColumns.Register, rows), CsvFiles.FileName(what, Today()));
    }

    /// <summary>The applications list, with the same filter and the same visibility as /applications.</summary>
    public async Task<CsvDownload> ApplicationsAsync(ApplicationFilter filter)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var applications = await ApplicationService.Filter(ApplicationService.VisibleTo(reader, db.Applications.AsNoTracking()), filter)
            .AsSplitQuery()
            .Include(a => a.Organization).ThenInclude(o => o.Category)
            .Include(a => a.ListedAtMeeting)
            .Include(a => a.History).ThenInclude(h => h.Meeting)
            .OrderByDescending(a => a.ReceivedOn).ThenBy(a => a.Id)
            .ToListAsync();
        var rows = applications.Select(a =>
        {
            var (board, assembly) = MeetingsOf(a);
            var admittedAs = a.State == ApplicationState.Admitted
                ? a.History.Any(h => h.Action == ApplicationAction.AdmitAsProvisionalMember) ? MembershipType.Provisional : MembershipType.Full
                : (MembershipType?)null;
            return new[]
            {
                a.Id.ToString(), a.Organization.Name, a.Organization.Acronym, a.Organization.CountryName, a.Organization.CountryCode,
                a.Organization.Category?.Name, CsvValues.State(a.State), CsvValues.Date(a.ReceivedOn), board?.Title, assembly?.Title,
                admittedAs?.ToString(), a.Summary, a.Recommendation,
            };
        });
        return new(CsvFiles.Write(CsvColumns.Applications, rows), CsvFiles.FileName("applications", Today()));
    }

    /// <summary>Every decision a GB or GA took on an application, oldest first.</summary>
    public async Task<CsvDownload> DecisionsAsync()
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        await using var db = await dbFactory.CreateDbContextAsync();
        var visible = ApplicationService.VisibleTo(reader, db.Applications.AsNoTracking());
        var decisions = await db.ApplicationHistory.AsNoTracking()
            .Where(h => h.Action != null && ApplicationWorkflowMeetings.Decisions.Contains(h.Action.Value) && h.Meeting != null)
            .Join(visible, h => h.ApplicationId, a => a.Id, (h, a) => new
            {
                h.Meeting!.StartDate, h.Meeting.Body, h.Meeting.Number, h.Action, h.Note, ApplicationId = a.Id,
                a.Organization.Name, a.Organization.Acronym, a.Organization.CountryCode, Category = a.Organization.Category!.Name,
            })
            .ToListAsync();
        var rows = decisions
            .OrderBy(d => d.StartDate).ThenBy(d => d.Body).ThenBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new[]
            {
                CsvValues.Date(d.StartDate), Meeting.TitleFor(d.Body, d.Number), d.Name, d.Acronym, Countries.NameOf(d.CountryCode), d.Category,
                ApplicationWorkflowMeetings.DescribeDecision(d.Action!.Value), d.ApplicationId.ToString(), d.Note,
            });
        return new(CsvFiles.Write(CsvColumns.Decisions, rows), CsvFiles.FileName("decisions", Today()));
    }

    /// <summary>
    /// The GB and GA meetings an application is on the list of, or was decided by, as the import reads them back: the GA
    /// only while it lists or has decided the application (a GA's deferral sends it back to Endorsed, and to a later GA).
    /// </summary>
    internal static (Meeting? Board, Meeting? Assembly) MeetingsOf(MembershipApplication a)
    {
        Meeting? Last(MeetingBody body) =>
            a.ListedAtMeeting is { } listed && listed.Body == body
                ? listed
                : a.History.Where(h => h.Meeting?.Body == body).OrderBy(h => h.At).ThenBy(h => h.Id).LastOrDefault()?.Meeting;

        var withdrawnFrom = a.State == ApplicationState.Withdrawn
            ? a.History.LastOrDefault(h => h.Action == ApplicationAction.Withdraw)?.FromState
            : null;
        var boardStates = new ApplicationState?[]
        {
            ApplicationState.ListedForBoard, ApplicationState.Endorsed, ApplicationState.NotEndorsed,
            ApplicationState.ListedForAssembly, ApplicationState.Admitted, ApplicationState.Rejected,
        };
        var assemblyStates = new ApplicationState?[] { ApplicationState.ListedForAssembly, ApplicationState.Admitted, ApplicationState.Rejected };
        var state = withdrawnFrom ?? a.State;
        return (boardStates.Contains(state) ? Last(MeetingBody.GoverningBoard) : null,
            assemblyStates.Contains(state) ? Last(MeetingBody.GeneralAssembly) : null);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
