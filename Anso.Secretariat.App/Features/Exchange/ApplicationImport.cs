using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using C = Anso.Secretariat.App.Features.Exchange.CsvColumns;

namespace Anso.Secretariat.App.Features.Exchange;

/// <summary>
/// Applications with their state: the columns of the applications export. Each row's history is built by
/// <see cref="MembershipApplication.FromEarlierRecords"/>. The organization is found as the duplicate check finds it
/// (<see cref="OrganizationNames.AreSame"/>: the normalized name or the acronym, in the country) or created. An application already recorded for that organization with
/// the same received date is left alone; a new open application is refused, as on the form, when the organization
/// already has an open application or is a member.
/// </summary>
internal sealed class ApplicationImport(SecretariatDbContext db, CsvFiles.Table table, string fileName, Actor by, SecretariatTime time)
    : ImportBatch(table)
{
    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        [nameof(NewApplication.OrganizationName)] = C.Organization, [nameof(NewApplication.Acronym)] = C.Acronym,
        [nameof(NewApplication.CountryCode)] = C.Country, [nameof(NewApplication.CategoryId)] = C.Category,
        [nameof(NewApplication.ReceivedOn)] = C.Received, [nameof(NewApplication.Summary)] = C.Summary,
    };

    private readonly int organization = table.Column(C.Organization, C.Name), acronym = table.Column(C.Acronym),
        country = table.Column(C.Country), countryCode = table.Column(C.CountryCode), category = table.Column(C.Category),
        state = table.Column(C.State), received = table.Column(C.Received), boardMeeting = table.Column(C.BoardMeeting),
        assemblyMeeting = table.Column(C.AssemblyMeeting), admittedAs = table.Column(C.AdmittedAs), summary = table.Column(C.Summary),
        recommendation = table.Column(C.Recommendation);

    private CategoryIndex categories = null!;
    private Dictionary<(MeetingBody, int), Meeting> meetings = new();
    /// <summary>Organizations with their names as the duplicate check compares them: the database's (tracked, so an admission is saved) and those this file adds.</summary>
    private List<(NameInCountry Name, Organization Organization)> organizations = [];
    /// <summary>Applications by organization and received date: the database's, with their number, and this file's, with their row.</summary>
    private Dictionary<(string, string, DateOnly), (int Number, bool InThisFile)> applications = new();
    /// <summary>Open applications by organization: what the duplicate check refuses a second one for.</summary>
    private Dictionary<(string, string), string> open = new();

    public override List<string> MissingColumns() =>
        new[] { Require(C.Organization, C.Name), Require(C.Country, C.CountryCode), Require(C.State), Require(C.Received) }.OfType<string>().ToList();

    public override async Task LoadAsync(CancellationToken ct)
    {
        categories = await CategoryIndex.LoadAsync(db, ct);
        meetings = (await db.Meetings.ToListAsync(ct)).ToDictionary(m => (m.Body, m.Number));
        organizations = (await db.Organizations.OrderBy(o => o.Id).ToListAsync(ct)).Select(o => (o.Named(), o)).ToList();
        var existing = await db.Applications.AsNoTracking()
            .Select(a => new { a.Id, a.Organization.NameKey, a.Organization.CountryCode, a.Organization.Name, a.ReceivedOn, a.State })
            .ToListAsync(ct);
        applications = existing.GroupBy(a => (a.NameKey, a.CountryCode, a.ReceivedOn))
            .ToDictionary(g => g.Key, g => (g.Min(a => a.Id), false));
        foreach (var a in existing.Where(a => ApplicationWorkflow.IsOpen(a.State)))
            open.TryAdd((a.NameKey, a.CountryCode), ApplicationService.AlreadyOpen(a.Name, a.CountryCode, a.Id, a.ReceivedOn, a.State));
    }

    public override async Task<ImportRow> CheckAsync(int row, string[] fields, CancellationToken ct)
    {
        var errors = new RowErrors();
        string? error;
        var name = Field(fields, organization);
        var countryText = Field(fields, countryCode) is { Length: > 0 } code ? code : Field(fields, country);
        string? countryIso = null;
        if (countryText.Length == 0) errors.Add(C.Country, ExchangeText.Current["GiveCountry"]);
        else
        {
            countryIso = CsvValues.ParseCountry(countryText, out error);
            errors.Add(C.Country, error);
        }
        var categoryId = categories.Find(Field(fields, category), errors, required: false);
        var stateText = Field(fields, state);
        ApplicationState? applicationState = null;
        if (stateText.Length == 0) errors.Add(C.State, ExchangeText.Current["GiveState"]);
        else
        {
            applicationState = CsvValues.ParseState(stateText, out error);
            errors.Add(C.State, error);
        }
        var receivedOn = CsvValues.ParseDate(Field(fields, received), out error);
        errors.Add(C.Received, error);
        var board = CsvValues.ParseMeeting(Field(fields, boardMeeting), MeetingBody.GoverningBoard, meetings, out error);
        errors.Add(C.BoardMeeting, error);
        var assembly = CsvValues.ParseMeeting(Field(fields, assemblyMeeting), MeetingBody.GeneralAssembly, meetings, out error);
        errors.Add(C.AssemblyMeeting, error);
        var type = CsvValues.ParseMembershipType(Field(fields, admittedAs), out error);
        errors.Add(C.AdmittedAs, error);

        var label = OrganizationImport.Label(name, countryIso);
        // The duplicate check (OrganizationNames.AreSame) finds the organization; its stored normalized name keys the rest.
        var existingOrganization = countryIso is null ? null
            : organizations.FindSame(new NameInCountry(name, Blank(Field(fields, acronym)), countryIso), e => e.Name).Organization;
        var orgKey = (existingOrganization?.NameKey ?? OrganizationNames.Key(name), countryIso ?? "");
        if (existingOrganization is null && categoryId is null && !errors.Has(C.Category))
            errors.Add(C.Category, ExchangeText.Current["CategoryForNew", name]);

        var appKey = (orgKey.Item1, orgKey.Item2, receivedOn ?? default);
        (int Number, bool InThisFile)? recorded = receivedOn is not null && applications.TryGetValue(appKey, out var earlier) ? earlier : null;
        var input = new NewApplication
        {
            OrganizationName = name, Acronym = Blank(Field(fields, acronym)), CountryCode = countryIso ?? "",
            CategoryId = categoryId ?? existingOrganization?.CategoryId, ReceivedOn = receivedOn, Summary = Blank(Field(fields, summary)),
        };
        // The form's rules, and its duplicate check for a new open application.
        var validator = new NewApplicationValidator(time, (_, _) => Task.FromResult(
            recorded is null && applicationState is { } s && ApplicationWorkflow.IsOpen(s) ? OpenOrMember(orgKey, existingOrganization) : null));
        errors.Add(await validator.ValidateAsync(input, ct), ColumnOf);
        var recommendationText = Blank(Field(fields, recommendation));
        if (recommendationText?.Length > TextLimits.ApplicationRecommendation)
            errors.Add(C.Recommendation, ExchangeText.Current["RecommendationTooLong", TextLimits.ApplicationRecommendation]);

        if (errors.Any) return new ImportRow(row, label, RowOutcome.Error, errors.Messages);
        if (recorded is { } same)
            return same.InThisFile
                ? new ImportRow(row, label, RowOutcome.Error, [RowErrors.OfColumn(C.Received, ExchangeText.Current["SameApplicationAsRow", same.Number])])
                : new ImportRow(row, label, RowOutcome.AlreadyPresent, [ExchangeText.Current["ApplicationAlreadyRecorded", same.Number]]);

        var org = existingOrganization ?? new Organization(name, countryIso!, categoryId!.Value, input.Acronym);
        var record = new EarlierApplicationRecord(receivedOn!.Value, applicationState!.Value, board, assembly, type,
            input.Summary, recommendationText);
        try
        {
            var application = MembershipApplication.FromEarlierRecords(org, record, by, $"Imported from {fileName}, row {row}.");
            Pending.Add(application);
        }
        catch (DomainException e)
        {
            return new ImportRow(row, label, RowOutcome.Error, [Refusals.Say(e)]);
        }
        if (existingOrganization is null) organizations.Add((org.Named(), org));
        applications[appKey] = (row, true);
        if (ApplicationWorkflow.IsOpen(record.State))
            open.TryAdd(orgKey, ExchangeText.Current["OpenInRow", org.Name, CountryNames.Of(org.CountryCode), row]);
        return new ImportRow(row, label, RowOutcome.New, []);
    }

    private string? OpenOrMember((string, string) key, Organization? organization) =>
        open.TryGetValue(key, out var message) ? message
        : organization is { IsMember: true } o ? ExchangeText.Current["AlreadyMember", o.Name, CountryNames.Of(o.CountryCode)].Value
        : null;

    private static string? Blank(string s) => s.Length == 0 ? null : s;
}
