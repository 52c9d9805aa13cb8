using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>Two people open the same application; the one who saves second, from a stale copy, is refused.</summary>
public class ConcurrentEditsTests
{
    [Fact]
    public async Task A_step_based_on_a_stale_copy_is_refused_and_the_first_edit_is_kept()
    {
        using var database = new TestDatabase();
        var (id, liWei, zhangMin) = await TwoUsersWithOneApplication(database);
        var seenByLi = (await liWei.FindAsync(id))!;
        var seenByZhang = (await zhangMin.FindAsync(id))!;
        Assert.Equal(seenByLi.Version, seenByZhang.Version);

        await liWei.EditDetailsAsync(id, seenByLi.Version, seenByLi.ReceivedOn, "Summary by Li Wei.", "Recommend endorsement.");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            zhangMin.PerformAsync(id, seenByZhang.Version, new TransitionRequest(ApplicationAction.StartReview)));

        var now = (await liWei.FindAsync(id))!;
        Assert.Equal("Summary by Li Wei.", now.Summary);
        Assert.Equal("Recommend endorsement.", now.Recommendation);
        Assert.Equal(ApplicationState.Received, now.State);
        Assert.Single(now.History);
        Assert.Equal(seenByLi.Version + 1, now.Version);
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_copy_is_refused_and_the_first_step_is_kept()
    {
        using var database = new TestDatabase();
        var (id, liWei, zhangMin) = await TwoUsersWithOneApplication(database);
        var seenByLi = (await liWei.FindAsync(id))!;
        var seenByZhang = (await zhangMin.FindAsync(id))!;

        await liWei.PerformAsync(id, seenByLi.Version, new TransitionRequest(ApplicationAction.StartReview, Note: "File complete."));
        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            zhangMin.EditDetailsAsync(id, seenByZhang.Version, seenByZhang.ReceivedOn, "Summary by Zhang Min.", null));

        Assert.Contains("changed this application after you opened it", refused.Message);
        var now = (await zhangMin.FindAsync(id))!;
        Assert.Equal(ApplicationState.UnderReview, now.State);
        Assert.Equal(2, now.History.Count);
        Assert.Equal(A.ValidNewApplication().Summary, now.Summary);
    }

    [Fact]
    public async Task After_reloading_the_second_user_can_save()
    {
        using var database = new TestDatabase();
        var (id, liWei, zhangMin) = await TwoUsersWithOneApplication(database);
        var seenByLi = (await liWei.FindAsync(id))!;
        await liWei.PerformAsync(id, seenByLi.Version, new TransitionRequest(ApplicationAction.StartReview));

        var reloaded = (await zhangMin.FindAsync(id))!;
        await zhangMin.EditDetailsAsync(id, reloaded.Version, reloaded.ReceivedOn, "Summary by Zhang Min.", null);

        var now = (await zhangMin.FindAsync(id))!;
        Assert.Equal("Summary by Zhang Min.", now.Summary);
        Assert.Equal(ApplicationState.UnderReview, now.State);
        Assert.Equal(reloaded.Version + 1, now.Version);
    }

    [Fact]
    public void Two_contexts_saving_the_same_application_the_second_is_refused()
    {
        using var database = new TestDatabase();
        var application = An.Application.From(An.Organization.InCategory(database.CategoryId("Universities")).Build()).Build();
        database.Store(application);

        using var first = database.CreateContext();
        using var second = database.CreateContext();
        var inFirst = first.Applications.Single(a => a.Id == application.Id);
        var inSecond = second.Applications.Single(a => a.Id == application.Id);
        inFirst.EditDetails(inFirst.ReceivedOn, "First summary.", null);
        inSecond.EditDetails(inSecond.ReceivedOn, "Second summary.", null);

        first.SaveChanges();
        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());

        using var third = database.CreateContext();
        Assert.Equal("First summary.", third.Applications.Single().Summary);
    }

    [Fact]
    public void Two_contexts_saving_the_same_organization_the_second_is_refused()
    {
        using var database = new TestDatabase();
        var organization = An.Organization.Named("Université de Belgrade").In("RS").InCategory(database.CategoryId("Universities")).Build();
        database.Store(organization);

        using var first = database.CreateContext();
        using var second = database.CreateContext();
        first.Organizations.Single().Rename("University of Belgrade", "UB");
        second.Organizations.Single().UpdateContact("https://bg.ac.rs", null, null, null);

        first.SaveChanges();
        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());

        using var third = database.CreateContext();
        var stored = third.Organizations.Single();
        Assert.Equal("University of Belgrade", stored.Name);
        Assert.Null(stored.Website);
        Assert.Equal(1, stored.Version);
    }

    private static async Task<(int Id, ApplicationService LiWei, ApplicationService ZhangMin)> TwoUsersWithOneApplication(TestDatabase database)
    {
        var liWei = Services.Applications(database);
        var zhangMin = Services.Applications(database);
        var id = await liWei.CreateAsync(A.ValidNewApplication(database.CategoryId("National Academies")));
        return (id, liWei, zhangMin);
    }
}
