using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_CategoryId",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Applications_State",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_ApplicationHistory_MeetingId",
                table: "ApplicationHistory");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_CategoryId_Name_Id",
                table: "Organizations",
                columns: new[] { "CategoryId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_CountryCode_Name_Id",
                table: "Organizations",
                columns: new[] { "CountryCode", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_MemberSince_Name_Id",
                table: "Organizations",
                columns: new[] { "MemberSince", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Name_Id",
                table: "Organizations",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Status_Name_Id",
                table: "Organizations",
                columns: new[] { "Status", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReceivedOn_Id",
                table: "Applications",
                columns: new[] { "ReceivedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_State_ReceivedOn_Id",
                table: "Applications",
                columns: new[] { "State", "ReceivedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationHistory_MeetingId_ApplicationId",
                table: "ApplicationHistory",
                columns: new[] { "MeetingId", "ApplicationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_CategoryId_Name_Id",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_CountryCode_Name_Id",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_MemberSince_Name_Id",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_Name_Id",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_Status_Name_Id",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ReceivedOn_Id",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_State_ReceivedOn_Id",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_ApplicationHistory_MeetingId_ApplicationId",
                table: "ApplicationHistory");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_CategoryId",
                table: "Organizations",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_State",
                table: "Applications",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationHistory_MeetingId",
                table: "ApplicationHistory",
                column: "MeetingId");
        }
    }
}
