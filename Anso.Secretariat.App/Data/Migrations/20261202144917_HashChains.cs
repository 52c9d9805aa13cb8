using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class HashChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApplicationHistory_ApplicationId",
                table: "ApplicationHistory");

            migrationBuilder.AddColumn<int>(
                name: "ChainSequence",
                table: "MinutesDecision",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "MinutesDecision",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "MinutesDecision",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalHash",
                table: "Minutes",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalPreviousHash",
                table: "Minutes",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChainSequence",
                table: "ApplicationHistory",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "ApplicationHistory",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "ApplicationHistory",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationHistory_ApplicationId_ChainSequence",
                table: "ApplicationHistory",
                columns: new[] { "ApplicationId", "ChainSequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApplicationHistory_ApplicationId_ChainSequence",
                table: "ApplicationHistory");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "MinutesDecision");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "MinutesDecision");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "MinutesDecision");

            migrationBuilder.DropColumn(
                name: "ApprovalHash",
                table: "Minutes");

            migrationBuilder.DropColumn(
                name: "ApprovalPreviousHash",
                table: "Minutes");

            migrationBuilder.DropColumn(
                name: "ChainSequence",
                table: "ApplicationHistory");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "ApplicationHistory");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                table: "ApplicationHistory");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationHistory_ApplicationId",
                table: "ApplicationHistory",
                column: "ApplicationId");
        }
    }
}
