using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anso.Secretariat.App.Data.Migrations;

/// <summary>Written by tools/new-migration.py from the model's own schema; MigrationsTests proves they agree.</summary>
[DbContext(typeof(SecretariatDbContext))]
[Migration("20261122045035_ReviewPositions")]
public sealed class ReviewPositions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
CREATE TABLE "ReviewPositions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReviewPositions" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" INTEGER NOT NULL,
    "ApplicationId" INTEGER NOT NULL,
    "ReviewerId" TEXT NOT NULL,
    "ReviewerName" TEXT NOT NULL,
    "ReviewerOrganizationId" INTEGER NULL,
    "Position" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ReviewPositions_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReviewPositions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReviewPositions_Organizations_ReviewerOrganizationId" FOREIGN KEY ("ReviewerOrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_ReviewPositions_ApplicationId" ON "ReviewPositions" ("ApplicationId");
""");

        migrationBuilder.Sql("""
CREATE UNIQUE INDEX "IX_ReviewPositions_MeetingId_ApplicationId_ReviewerId" ON "ReviewPositions" ("MeetingId", "ApplicationId", "ReviewerId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_ReviewPositions_ReviewerOrganizationId" ON "ReviewPositions" ("ReviewerOrganizationId");
""");
    }
}
