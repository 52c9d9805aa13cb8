using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations
{
    /// <summary>
    /// One vocabulary of decision outcomes: a GA's approval of an application is stored as approved as full member or as
    /// provisional member (it was "Approved", with the kind only in the decision's text). Existing decisions take the
    /// kind from the application's history at the same meeting, which recorded it as data; the schema is unchanged
    /// (the outcome is text).
    /// </summary>
    public partial class TypedDecisions : Migration
    {
        private const string SameMeetingAdmission = """
            EXISTS (SELECT 1 FROM "ApplicationHistory" h
                    JOIN "MinutesItem" i ON i."Id" = "MinutesDecision"."MinutesItemId"
                    JOIN "Minutes" m ON m."Id" = i."MinutesId"
                    WHERE h."ApplicationId" = "MinutesDecision"."ApplicationId" AND h."MeetingId" = m."MeetingId"
                      AND h."Action" = '{0}')
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                UPDATE "MinutesDecision" SET "Outcome" = 'ApprovedAsProvisionalMember'
                WHERE "Outcome" = 'Approved' AND "ApplicationId" IS NOT NULL AND {string.Format(SameMeetingAdmission, "AdmitAsProvisionalMember")};
                """);
            migrationBuilder.Sql($"""
                UPDATE "MinutesDecision" SET "Outcome" = 'ApprovedAsFullMember'
                WHERE "Outcome" = 'Approved' AND "ApplicationId" IS NOT NULL AND {string.Format(SameMeetingAdmission, "AdmitAsFullMember")};
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "MinutesDecision" SET "Outcome" = 'Approved'
                WHERE "Outcome" IN ('ApprovedAsFullMember', 'ApprovedAsProvisionalMember');
                """);
        }
    }
}
