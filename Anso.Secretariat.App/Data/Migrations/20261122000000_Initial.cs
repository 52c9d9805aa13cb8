using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anso.Secretariat.App.Data.Migrations;

/// <summary>Written by tools/new-migration.py from the model's own schema; MigrationsTests proves they agree.</summary>
[DbContext(typeof(SecretariatDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "OrganizationId" INTEGER NULL,
    "IsDisabled" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "Categories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Categories" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "Meetings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY AUTOINCREMENT,
    "Body" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "VenueCity" TEXT NULL,
    "VenueCountryCode" TEXT NULL,
    "VenuePlace" TEXT NULL
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "Organizations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
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
CREATE TABLE "Minutes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Minutes" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" INTEGER NOT NULL,
    "VersionNumber" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CirculatedOn" TEXT NULL,
    "ApprovedOn" TEXT NULL,
    "ApprovedBy" TEXT NULL,
    "ApprovedAtMeetingId" INTEGER NULL,
    "CorrectionReason" TEXT NULL,
    "IsSuperseded" INTEGER NOT NULL,
    "LastChangedBy" TEXT NOT NULL,
    "LastChangedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Minutes_Meetings_ApprovedAtMeetingId" FOREIGN KEY ("ApprovedAtMeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Minutes_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "Applications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Applications" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "Recommendation" TEXT NULL,
    "State" TEXT NOT NULL,
    "ListedAtMeetingId" INTEGER NULL,
    "EndorsedAtMeetingId" INTEGER NULL,
    "DecidedAtMeetingId" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Applications_Meetings_DecidedAtMeetingId" FOREIGN KEY ("DecidedAtMeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Applications_Meetings_EndorsedAtMeetingId" FOREIGN KEY ("EndorsedAtMeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Applications_Meetings_ListedAtMeetingId" FOREIGN KEY ("ListedAtMeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Applications_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "Representative" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Representative" PRIMARY KEY AUTOINCREMENT,
    "OrganizationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Position" TEXT NULL,
    "Email" TEXT NULL,
    CONSTRAINT "FK_Representative_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "MinutesItem" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MinutesItem" PRIMARY KEY AUTOINCREMENT,
    "MinutesId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "IsMembershipApplications" INTEGER NOT NULL,
    "Summary" TEXT NULL,
    CONSTRAINT "FK_MinutesItem_Minutes_MinutesId" FOREIGN KEY ("MinutesId") REFERENCES "Minutes" ("Id") ON DELETE CASCADE
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "ApplicationHistory" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ApplicationHistory" PRIMARY KEY AUTOINCREMENT,
    "ApplicationId" INTEGER NOT NULL,
    "FromState" TEXT NULL,
    "ToState" TEXT NOT NULL,
    "Action" TEXT NULL,
    "By" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Note" TEXT NULL,
    "MeetingId" INTEGER NULL,
    CONSTRAINT "FK_ApplicationHistory_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ApplicationHistory_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT
);
""");

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
CREATE TABLE "SupportingDocuments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SupportingDocuments" PRIMARY KEY AUTOINCREMENT,
    "ApplicationId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "StoredName" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    CONSTRAINT "FK_SupportingDocuments_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE RESTRICT
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "ActionItem" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionItem" PRIMARY KEY AUTOINCREMENT,
    "MinutesItemId" INTEGER NOT NULL,
    "What" TEXT NOT NULL,
    "Who" TEXT NULL,
    "DueOn" TEXT NULL,
    "IsDone" INTEGER NOT NULL,
    CONSTRAINT "FK_ActionItem_MinutesItem_MinutesItemId" FOREIGN KEY ("MinutesItemId") REFERENCES "MinutesItem" ("Id") ON DELETE CASCADE
);
""");

        migrationBuilder.Sql("""
CREATE TABLE "MinutesDecision" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_MinutesDecision" PRIMARY KEY AUTOINCREMENT,
    "MinutesItemId" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "ApplicationId" INTEGER NULL,
    CONSTRAINT "FK_MinutesDecision_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MinutesDecision_MinutesItem_MinutesItemId" FOREIGN KEY ("MinutesItemId") REFERENCES "MinutesItem" ("Id") ON DELETE CASCADE
);
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_ActionItem_MinutesItemId" ON "ActionItem" ("MinutesItemId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_ApplicationHistory_ApplicationId" ON "ApplicationHistory" ("ApplicationId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_ApplicationHistory_MeetingId" ON "ApplicationHistory" ("MeetingId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_Applications_DecidedAtMeetingId" ON "Applications" ("DecidedAtMeetingId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_Applications_EndorsedAtMeetingId" ON "Applications" ("EndorsedAtMeetingId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_Applications_ListedAtMeetingId" ON "Applications" ("ListedAtMeetingId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_Applications_OrganizationId" ON "Applications" ("OrganizationId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_Applications_State" ON "Applications" ("State");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
""");

        migrationBuilder.Sql("""
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
""");

        migrationBuilder.Sql("""
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
""");

        migrationBuilder.Sql("""
CREATE UNIQUE INDEX "IX_Categories_Name" ON "Categories" ("Name");
""");

        migrationBuilder.Sql("""
CREATE UNIQUE INDEX "IX_Meetings_Body_Number" ON "Meetings" ("Body", "Number");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_Minutes_ApprovedAtMeetingId" ON "Minutes" ("ApprovedAtMeetingId");
""");

        migrationBuilder.Sql("""
CREATE UNIQUE INDEX "IX_Minutes_MeetingId_VersionNumber" ON "Minutes" ("MeetingId", "VersionNumber");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_MinutesDecision_ApplicationId" ON "MinutesDecision" ("ApplicationId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_MinutesDecision_MinutesItemId" ON "MinutesDecision" ("MinutesItemId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_MinutesItem_MinutesId" ON "MinutesItem" ("MinutesId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_Organizations_CategoryId" ON "Organizations" ("CategoryId");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_Organizations_NameKey_CountryCode" ON "Organizations" ("NameKey", "CountryCode");
""");

        migrationBuilder.Sql("""
CREATE INDEX "IX_Representative_OrganizationId" ON "Representative" ("OrganizationId");
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

        migrationBuilder.Sql("""
CREATE INDEX "IX_SupportingDocuments_ApplicationId" ON "SupportingDocuments" ("ApplicationId");
""");
    }
}
