using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DecisionTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionTallies",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InDraftMinutes = table.Column<int>(type: "integer", nullable: false),
                    InCirculatedMinutes = table.Column<int>(type: "integer", nullable: false),
                    OnlyInHistory = table.Column<int>(type: "integer", nullable: false),
                    NotInCirculatedMinutes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionTallies", x => new { x.MeetingId, x.Outcome });
                    table.ForeignKey(
                        name: "FK_DecisionTallies_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Existing databases: every meeting's tallies, counted from the minutes and the history as the app counts them
            // after each save (Features/Decisions/DecisionTallies.cs, as it was when this migration was written).
            migrationBuilder.Sql("""
                INSERT INTO "DecisionTallies" ("MeetingId", "Outcome", "InDraftMinutes", "InCirculatedMinutes", "OnlyInHistory", "NotInCirculatedMinutes")
                SELECT "MeetingId", "Outcome", SUM("InDraft"), SUM("InCirculated"), SUM("OnlyInHistory"), SUM("NotInCirculated")
                FROM (
                    SELECT m."MeetingId", d."Outcome",
                        CASE WHEN m."Status" = 'Draft' THEN 1 ELSE 0 END AS "InDraft",
                        CASE WHEN m."Status" = 'Draft' THEN 0 ELSE 1 END AS "InCirculated",
                        0 AS "OnlyInHistory", 0 AS "NotInCirculated"
                    FROM "Minutes" m
                    JOIN "MinutesItem" i ON i."MinutesId" = m."Id"
                    JOIN "MinutesDecision" d ON d."MinutesItemId" = i."Id"
                    WHERE NOT m."IsSuperseded"
                    UNION ALL
                    SELECT h."MeetingId",
                        CASE h."Action"
                            WHEN 'Endorse' THEN 'Endorsed' WHEN 'DeclineEndorsement' THEN 'NotEndorsed'
                            WHEN 'DeferAtBoard' THEN 'Deferred' WHEN 'DeferAtAssembly' THEN 'Deferred'
                            WHEN 'AdmitAsFullMember' THEN 'ApprovedAsFullMember' WHEN 'AdmitAsProvisionalMember' THEN 'ApprovedAsProvisionalMember'
                            WHEN 'Reject' THEN 'Rejected'
                        END,
                        0, 0,
                        CASE WHEN EXISTS (
                            SELECT 1 FROM "Minutes" m
                            JOIN "MinutesItem" i ON i."MinutesId" = m."Id"
                            JOIN "MinutesDecision" d ON d."MinutesItemId" = i."Id"
                            WHERE NOT m."IsSuperseded" AND m."MeetingId" = h."MeetingId" AND d."ApplicationId" = h."ApplicationId"
                        ) THEN 0 ELSE 1 END,
                        CASE WHEN EXISTS (
                            SELECT 1 FROM "Minutes" m
                            JOIN "MinutesItem" i ON i."MinutesId" = m."Id"
                            JOIN "MinutesDecision" d ON d."MinutesItemId" = i."Id"
                            WHERE NOT m."IsSuperseded" AND m."Status" <> 'Draft' AND m."MeetingId" = h."MeetingId" AND d."ApplicationId" = h."ApplicationId"
                        ) THEN 0 ELSE 1 END
                    FROM "ApplicationHistory" h
                    WHERE h."MeetingId" IS NOT NULL
                        AND h."Action" IN ('Endorse', 'DeclineEndorsement', 'DeferAtBoard', 'DeferAtAssembly', 'AdmitAsFullMember', 'AdmitAsProvisionalMember', 'Reject')
                ) x
                GROUP BY "MeetingId", "Outcome";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionTallies");
        }
    }
}
