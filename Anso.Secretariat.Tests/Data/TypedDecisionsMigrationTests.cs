using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Meetings;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anso.Secretariat.Tests.Data;

/// <summary>
/// The TypedDecisions migration: a GA approval stored before it as "Approved" (the kind only in its text) keeps its
/// outcome, full or provisional member, taken from the application's history at the same meeting.
/// </summary>
public class TypedDecisionsMigrationTests
{
    [Fact]
    public async Task An_approval_recorded_before_typed_outcomes_becomes_full_or_provisional_as_the_history_says()
    {
        using var database = TestDatabase.WithDemoData();
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261122000000_Initial");

        // The 2nd GA admitted the 2019 batch (NUOL as a provisional member); write its minutes as the first release did.
        var ga2 = await db.Meetings.Where(m => m.Body == MeetingBody.GeneralAssembly && m.Number == 2).Select(m => m.Id).SingleAsync();
        var admitted = await db.ApplicationHistory.Where(h => h.MeetingId == ga2 && h.Action != null)
            .Select(h => new { h.ApplicationId, h.Action }).ToListAsync();
        var provisional = admitted.Single(a => a.Action == ApplicationAction.AdmitAsProvisionalMember).ApplicationId;
        var full = admitted.First(a => a.Action == ApplicationAction.AdmitAsFullMember).ApplicationId;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Minutes" ("MeetingId", "VersionNumber", "Status", "IsSuperseded", "LastChangedBy", "LastChangedAt", "Version")
            VALUES ({ga2}, 1, 'Draft', 0, 'first release', '2021-12-20 10:00:00+08:00', 0)
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "MinutesItem" ("MinutesId", "Position", "Number", "Title", "IsMembershipApplications")
            SELECT "Id", 1, '1', 'Membership applications', 1 FROM "Minutes" WHERE "MeetingId" = {ga2}
            """);
        foreach (var (application, text) in new[] { (provisional, "Approved as provisional member: NUOL"), (full, "Approved as full member: X") })
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "MinutesDecision" ("MinutesItemId", "Text", "Outcome", "ApplicationId")
                SELECT i."Id", {text}, 'Approved', {application} FROM "MinutesItem" i JOIN "Minutes" m ON m."Id" = i."MinutesId" WHERE m."MeetingId" = {ga2}
                """);

        await migrator.MigrateAsync();

        var outcomes = await db.Minutes.AsNoTracking().Where(m => m.MeetingId == ga2).SelectMany(m => m.Items).SelectMany(i => i.Decisions)
            .ToDictionaryAsync(d => d.ApplicationId!.Value, d => d.Outcome);
        Assert.Equal(DecisionOutcome.ApprovedAsProvisionalMember, outcomes[provisional]);
        Assert.Equal(DecisionOutcome.ApprovedAsFullMember, outcomes[full]);
    }
}
