using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class NamesInOwnScript : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NativeName",
                table: "Organizations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NativeNameKey",
                table: "Organizations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_NativeNameKey_CountryCode",
                table: "Organizations",
                columns: new[] { "NativeNameKey", "CountryCode" },
                unique: true);

            // Search by either name through a trigram index (Data/NameSearch.cs).
            foreach (var sql in NameSearch.PostgreSqlUp) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in NameSearch.PostgreSqlDown) migrationBuilder.Sql(sql);

            migrationBuilder.DropIndex(
                name: "IX_Organizations_NativeNameKey_CountryCode",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "NativeName",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "NativeNameKey",
                table: "Organizations");
        }
    }
}
