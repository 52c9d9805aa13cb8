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

public sealed record SearchHit(string Title, string Detail, string Href);

public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Organizations, IReadOnlyList<SearchHit> Applications, IReadOnlyList<SearchHit> Meetings)
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
        var nameKey = OrganizationNames.Key(query) is { Length: > 0 } k ? k : key; // as names are stored: no punctuation, no leading "The"

        var organizations = (await Visibility.Organizations(reader, db.Organizations.AsNoTracking(), db.Applications)
                .Where(o => o.NameKey.Contains(nameKey) || (o.Acronym != null && o.Acronym.ToLower().Contains(key)))
                .OrderBy(o => o.Name).Take(Limit)
                .Select(o => new { o.Id, o.Name, o.Acronym, o.CountryCode, o.Status, o.MembershipType, Category = o.Category!.Name })
                .ToListAsync())
            .Select(o => new SearchHit(o.Acronym is null ? o.Name : $"{o.Name} ({o.Acronym})",
                $"{MemberRegister.StatusText(o.Status, o.MembershipType)} · {Countries.NameOf(o.CountryCode)} · {o.Category}", $"/organizations/{o.Id}"))
            .ToList();

        // "12" finds application no. 12 as well as names.
        var number = int.TryParse(key.TrimStart('#').Replace("no. ", "").Replace("no.", ""), out var n) ? n : (int?)null;
        var applications = (await Visibility.Applications(reader, db.Applications.AsNoTracking())
                .Where(a => a.Organization.NameKey.Contains(nameKey) || (a.Organization.Acronym != null && a.Organization.Acronym.ToLower().Contains(key))
                    || (number != null && a.Id == number))
                .OrderByDescending(a => a.ReceivedOn).Take(Limit)
                .Select(a => new { a.Id, a.Organization.Name, a.State, a.ReceivedOn })
                .ToListAsync())
            .Select(a => new SearchHit($"Application no. {a.Id}: {a.Name}",
                $"{Wording.Of(a.State)} · received {Display.Date(a.ReceivedOn)}", $"/applications/{a.Id}"))
            .ToList();

        // Meeting titles are composed from body and number, so meetings (a few dozen) are matched in memory.
        var meetings = (await Visibility.Meetings(reader, db.Meetings.AsNoTracking()).OrderByDescending(m => m.StartDate).ToListAsync())
            .Where(m => TextMatching.MatchKey($"{m.Title} {m.ShortName} {m.Venue} {m.StartDate.Year} {m.Dates}").Contains(key))
            .Take(Limit)
            .Select(m => new SearchHit(m.Title, $"{m.Dates}{(m.Venue.ToString() is { Length: > 0 } v ? " · " + v : "")} · {Describe(m.Status)}", $"/meetings/{m.Id}"))
            .ToList();

        return new(query!, organizations, applications, meetings);
    }

    private static string Describe(MeetingStatus status) => status switch
    {
        MeetingStatus.AgendaPublished => "agenda published",
        MeetingStatus.MinutesApproved => "minutes approved",
        var s => s.ToString().ToLowerInvariant(),
    };
}
