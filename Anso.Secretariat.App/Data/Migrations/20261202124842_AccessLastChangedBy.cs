using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccessLastChangedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastChangedBy",
                table: "Organizations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastChangedBy",
                table: "Meetings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastChangedBy",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastChangedBy",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "LastChangedBy",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "LastChangedBy",
                table: "Applications");
        }
    }
}
