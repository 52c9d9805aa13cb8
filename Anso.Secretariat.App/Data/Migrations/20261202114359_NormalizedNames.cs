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

            // Names sort with the collation the app registers on every connection (NameRules.Collation). SQLite cannot alter
            // a column, so the table is rebuilt by hand, with its columns in the model's order (EF's own rebuild would sort
            // them by name), so a migrated database has the same schema as a new one.
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_Organizations" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY AUTOINCREMENT,
                    "Name" TEXT COLLATE NAME_AS_READ NOT NULL,
                    "NameKey" TEXT NOT NULL,
                    "Acronym" TEXT NULL,
                    "CountryCode" TEXT NOT NULL,
                    "CategoryId" INTEGER NOT NULL,
                    "Website" TEXT NULL,
                    "Address" TEXT NULL,
                    "ContactName" TEXT NULL,
                    "ContactEmail" TEXT NULL,
                    "Status" TEXT NOT NULL,
                    "MembershipType" TEXT NULL,
                    "MemberSince" TEXT NULL,
                    "IsFoundingMember" INTEGER NOT NULL,
                    "IsBoardMember" INTEGER NOT NULL,
                    "Version" INTEGER NOT NULL,
                    CONSTRAINT "FK_Organizations_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE RESTRICT
                );
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ef_temp_Organizations" ("Id", "Name", "NameKey", "Acronym", "CountryCode", "CategoryId", "Website", "Address", "ContactName", "ContactEmail", "Status", "MembershipType", "MemberSince", "IsFoundingMember", "IsBoardMember", "Version")
                SELECT "Id", "Name", "NameKey", "Acronym", "CountryCode", "CategoryId", "Website", "Address", "ContactName", "ContactEmail", "Status", "MembershipType", "MemberSince", "IsFoundingMember", "IsBoardMember", "Version"
                FROM "Organizations";
                """);
            migrationBuilder.Sql("""DROP TABLE "Organizations";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_Organizations" RENAME TO "Organizations";""");
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
            migrationBuilder.CreateIndex(
                name: "IX_Organizations_CategoryId",
                table: "Organizations",
                column: "CategoryId");

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
