using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.App.Features.Members;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Domain.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.App.Features.Search;

/// <summary>A record found, with the facts its line shows; the screen words them (SearchSection).</summary>
public abstract record SearchHit(int Id, string Href);

public sealed record OrganizationHit(int Id, string Name, string? Acronym, OrganizationStatus Status, MembershipType? MembershipType,
    string CountryCode, string Category, string? NativeName = null) : SearchHit(Id, $"/organizations/{Id}");

public sealed record ApplicationHit(int Id, string OrganizationName, ApplicationState State, DateOnly ReceivedOn, string? NativeName = null) : SearchHit(Id, $"/applications/{Id}");

/// <param name="Title">The meeting's title, in the reader's language (Wording), as its dates.</param>
public sealed record MeetingHit(int Id, string Title, string Dates, string Venue, MeetingStatus Status) : SearchHit(Id, $"/meetings/{Id}");

public sealed record SearchResults(string Query, IReadOnlyList<OrganizationHit> Organizations, IReadOnlyList<ApplicationHit> Applications, IReadOnlyList<MeetingHit> Meetings)
{
    public int Count => Organizations.Count + Applications.Count + Meetings.Count;
}

/// <summary>The top bar's search: organizations, applications and meetings, compared without case or accents.</summary>
public sealed class SearchService(IDbContextFactory<SecretariatDbContext> dbFactory, CurrentUser user)
{
    public const int Limit = 50;

    public async Task<SearchResults> SearchAsync(string? query)
    {
        var reader = await user.RequireAsync(Operation.ReadRecords);
        var key = TextMatching.MatchKey(query);
        if (key.Length == 0) return new(query ?? "", [], [], []);
        await using var db = await dbFactory.CreateDbContextAsync();
        // Either name, English or in its own script ("科学院" finds 中国科学院), or the acronym, through an index (Data/NameSearch).
        var named = db.OrganizationIdsNamed(query!);
        // Few found: SQLite reads them by id and sorts them. Many: "+ 0" makes the id no longer a column SQLite can look
        // up, so it reads the list in order (the name or date index) and keeps the ones found, stopping at the page.
        var inListOrder = await db.ManyOrganizationsNamedAsync(query!);
        var visibleOrganizations = Visibility.Organizations(reader, db.Organizations.AsNoTracking(), db.Applications);
        var visibleApplications = Visibility.Applications(reader, db.Applications.AsNoTracking());

        var organizations = (await (inListOrder ? visibleOrganizations.Where(o => named.Contains(o.Id + 0)) : visibleOrganizations.Where(o => named.Contains(o.Id)))
                .OrderBy(o => o.Name).Take(Limit)
                .Select(o => new { o.Id, o.Name, o.NativeName, o.Acronym, o.CountryCode, o.Status, o.MembershipType, Category = o.Category!.Name })
                .ToListAsync())
            .Select(o => new OrganizationHit(o.Id, o.Name, o.Acronym, o.Status, o.MembershipType, o.CountryCode, o.Category, o.NativeName))
            .ToList();

        // "12" finds application no. 12 as well as names.
        var number = int.TryParse(key.TrimStart('#').Replace("no. ", "").Replace("no.", ""), out var n) ? n : (int?)null;
        var applications = (await (inListOrder
                    ? visibleApplications.Where(a => named.Contains(a.OrganizationId + 0) || (number != null && a.Id == number))
                    : visibleApplications.Where(a => named.Contains(a.OrganizationId) || (number != null && a.Id == number)))
                .OrderByDescending(a => a.ReceivedOn).Take(Limit)
                .Select(a => new { a.Id, a.Organization.Name, a.Organization.NativeName, a.State, a.ReceivedOn })
                .ToListAsync())
            .Select(a => new ApplicationHit(a.Id, a.Name, a.State, a.ReceivedOn, a.NativeName))
            .ToList();

        // Meeting titles are composed from body and number, so meetings (a few dozen) are matched in memory.
        var meetings = (await Visibility.Meetings(reader, db.Meetings.AsNoTracking()).OrderByDescending(m => m.StartDate).ToListAsync())
            .Where(m => TextMatching.MatchKey($"{m.Title} {m.ShortName} {m.Venue} {m.StartDate.Year} {m.Dates}").Contains(key))
            .Take(Limit)
            .Select(m => new MeetingHit(m.Id, m.Title, m.Dates, Wording.Where(m.Venue), m.Status))
            .ToList();

        return new(query!, organizations, applications, meetings);
    }
}
