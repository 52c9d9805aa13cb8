using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DashboardAndRegisterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MinutesDecision_ApplicationId",
                table: "MinutesDecision");

            migrationBuilder.DropIndex(
                name: "IX_MinutesDecision_MinutesItemId",
                table: "MinutesDecision");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Status_CategoryId",
                table: "Organizations",
                columns: new[] { "Status", "CategoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Status_CountryCode",
                table: "Organizations",
                columns: new[] { "Status", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Status_MemberSince",
                table: "Organizations",
                columns: new[] { "Status", "MemberSince" });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesDecision_ApplicationId_MinutesItemId",
                table: "MinutesDecision",
                columns: new[] { "ApplicationId", "MinutesItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_MinutesDecision_MinutesItemId_Outcome_ApplicationId",
                table: "MinutesDecision",
                columns: new[] { "MinutesItemId", "Outcome", "ApplicationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_Status_CategoryId",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_Status_CountryCode",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_Status_MemberSince",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_MinutesDecision_ApplicationId_MinutesItemId",
                table: "MinutesDecision");

            migrationBuilder.DropIndex(
                name: "IX_MinutesDecision_MinutesItemId_Outcome_ApplicationId",
                table: "MinutesDecision");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesDecision_ApplicationId",
                table: "MinutesDecision",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesDecision_MinutesItemId",
                table: "MinutesDecision",
                column: "MinutesItemId");
        }
    }
}
