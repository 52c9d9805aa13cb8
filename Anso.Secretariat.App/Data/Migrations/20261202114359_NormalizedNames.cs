using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anso.Secretariat.App.Data.Migrations
{
    /// <inheritdoc />
    public partial class NormalizedNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_NameKey_CountryCode",
                table: "Organizations");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Organizations",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                collation: "NAME_AS_READ",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 300);

            // The normalized name as the domain computes it now (no punctuation, leading "The" or trailing acronym), by the
            // function the app registers on every connection (NameRules.KeyFunction).
            migrationBuilder.Sql($"UPDATE Organizations SET NameKey = {NameRules.KeyFunction}(Name);");
            // Copies made before the name was unique are kept with their applications (merging them is a person's
            // decision): the oldest keeps the normalized name, each later copy gets its number after it, so the unique
            // index holds. Renaming a copy in its profile is then refused with a message naming the original.
            migrationBuilder.Sql("""
                UPDATE Organizations SET NameKey = NameKey || ' #' || Id
                WHERE EXISTS (SELECT 1 FROM Organizations AS first
                              WHERE first.NameKey = Organizations.NameKey AND first.CountryCode = Organizations.CountryCode
                                AND first.Id < Organizations.Id);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_NameKey_CountryCode",
                table: "Organizations",
                columns: new[] { "NameKey", "CountryCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_NameKey_CountryCode",
                table: "Organizations");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Organizations",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 300,
                oldCollation: "NAME_AS_READ");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_NameKey_CountryCode",
                table: "Organizations",
                columns: new[] { "NameKey", "CountryCode" });
        }
    }
}
