using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Decisions;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.AspNetCore.WebUtilities;

namespace Anso.Secretariat.App.Features.Exchange;

/// <summary>
/// The CSV downloads. A list's download link carries the list's filter in its query string, in the same names as the
/// list's own address (/applications?state=Endorsed), so the file holds what the list shows.
/// </summary>
public static class ExchangeEndpoints
{
    public const string OrganizationsCsv = "/export/organizations.csv";
    public const string ApplicationsCsv = "/export/applications.csv";
    public const string DecisionsCsv = "/export/decisions.csv";

    public static void MapExchangeEndpoints(this IEndpointRouteBuilder app)
    {
        // Streamed: the rows reach the browser as the query reads them (50,000 applications are never one list in memory).
        app.MapGet(OrganizationsCsv, async (HttpContext http, ExportService export) =>
            Stream(http, await export.RegisterStreamAsync(ParseOrganizationFilter(http.Request.Query))));
        app.MapGet(ApplicationsCsv, async (HttpContext http, ExportService export) =>
            Stream(http, await export.ApplicationsStreamAsync(ParseApplicationFilter(http.Request.Query))));
        app.MapGet(DecisionsCsv, async (HttpRequest request, ExportService export) =>
            File(await export.DecisionsAsync(ParseDecisionFilter(request.Query))));
    }

    public static string Link(ApplicationFilter f) => QueryHelpers.AddQueryString(ApplicationsCsv, Values(
        ("state", f.State?.ToString()), ("category", f.CategoryId?.ToString()), ("country", f.CountryCode),
        ("meeting", f.MeetingId?.ToString()), ("search", f.Search)));

    public static string Link(OrganizationFilter f) => QueryHelpers.AddQueryString(OrganizationsCsv, Values(
        ("status", f.Status?.ToString()), ("category", f.CategoryId?.ToString()), ("country", f.CountryCode), ("region", f.Region),
        ("admitted", f.AdmittedIn?.ToString()), ("admittedBy", f.AdmittedBy?.ToString()), ("search", f.Search)));

    public static string Link(DecisionFilter f) => QueryHelpers.AddQueryString(DecisionsCsv, Values(
        ("body", f.Body?.ToString()), ("meeting", f.MeetingId?.ToString()), ("outcome", f.Outcome?.ToString()), ("year", f.Year?.ToString())));

    public static DecisionFilter ParseDecisionFilter(IQueryCollection q) => new(
        Enum.TryParse<MeetingBody>(q["body"], true, out var b) ? b : null,
        int.TryParse(q["meeting"], out var m) ? m : null,
        Enum.TryParse<DecisionOutcome>(q["outcome"], true, out var o) ? o : null,
        int.TryParse(q["year"], out var y) ? y : null);

    public static ApplicationFilter ParseApplicationFilter(IQueryCollection q) => new(
        Enum.TryParse<ApplicationState>(q["state"], true, out var s) ? s : null,
        int.TryParse(q["category"], out var c) ? c : null,
        NullIfEmpty(q["country"]),
        int.TryParse(q["meeting"], out var m) ? m : null,
        NullIfEmpty(q["search"]));

    public static OrganizationFilter ParseOrganizationFilter(IQueryCollection q) => new(
        Enum.TryParse<OrganizationStatus>(q["status"], true, out var s) ? s : null,
        int.TryParse(q["category"], out var c) ? c : null,
        NullIfEmpty(q["country"]),
        NullIfEmpty(q["search"]),
        NullIfEmpty(q["region"]),
        int.TryParse(q["admitted"], out var a) ? a : null,
        int.TryParse(q["admittedBy"], out var b) ? b : null);

    private static IResult File(CsvDownload csv) => Results.File(csv.Content, CsvFiles.ContentType, csv.FileName);

    private static IResult Stream(HttpContext http, CsvStream csv) =>
        Results.Stream(body => csv.WriteAsync(body, http.RequestAborted), CsvFiles.ContentType, csv.FileName);

    private static Dictionary<string, string?> Values(params (string Key, string? Value)[] pairs) =>
        pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value);

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
