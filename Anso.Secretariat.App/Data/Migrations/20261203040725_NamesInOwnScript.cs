using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations
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
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NativeNameKey",
                table: "Organizations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_NativeNameKey_CountryCode",
                table: "Organizations",
                columns: new[] { "NativeNameKey", "CountryCode" },
                unique: true);

            // Search by either name through a trigram index (Data/NameSearch.cs).
            foreach (var sql in NameSearch.SqliteUp) migrationBuilder.Sql(sql);
            // Names in non-Latin scripts now sort with their marks (TextMatching.MatchKey): the indexes on the collation are
            // put in that order again. The stored keys are worked out again after the migration (NameRules.RefreshKeysAsync).
            migrationBuilder.Sql($"REINDEX {NameRules.Collation};");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in NameSearch.SqliteDown) migrationBuilder.Sql(sql);

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
