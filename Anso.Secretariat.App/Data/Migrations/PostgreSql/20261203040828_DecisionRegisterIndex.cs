using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DecisionRegisterIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApplicationHistory_MeetingId_ApplicationId",
                table: "ApplicationHistory");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationHistory_MeetingId_Action_ApplicationId",
                table: "ApplicationHistory",
                columns: new[] { "MeetingId", "Action", "ApplicationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApplicationHistory_MeetingId_Action_ApplicationId",
                table: "ApplicationHistory");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationHistory_MeetingId_ApplicationId",
                table: "ApplicationHistory",
                columns: new[] { "MeetingId", "ApplicationId" });
        }
    }
}
