using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EdocMan.Search.Data.Migrations
{
    /// <inheritdoc />
    public partial class HandlingCaseFilesArchive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Arrival",
                table: "RegisterEntries",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                // Registered before channels were recorded: nothing says they were paper.
                defaultValue: "Electronic");

            migrationBuilder.AddColumn<int>(
                name: "UnitId",
                table: "Accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ArchiveTransfers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HandedOverBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PackageSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PackageSizeBytes = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArchiveTransfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArchiveTransfers_Accounts_ReceivedBy",
                        column: x => x.ReceivedBy,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ArchiveTransfers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FilePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedBy = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FilePlans_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrgUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeadAccountId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrgUnits_Accounts_HeadAccountId",
                        column: x => x.HeadAccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OrgUnits_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SavedSearches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QueryString = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedSearches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedSearches_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    QueryString = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ResultCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchHistory_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchHistory_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FilePlanItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FilePlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeadingCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RetentionYears = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponsibleAccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilePlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FilePlanItems_Accounts_ResponsibleAccountId",
                        column: x => x.ResponsibleAccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FilePlanItems_FilePlans_FilePlanId",
                        column: x => x.FilePlanId,
                        principalTable: "FilePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HandlingAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Instruction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AssignedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReplyDocumentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandlingAssignments", x => x.Id);
                    table.CheckConstraint("CK_HandlingAssignments_Assignee", "(\"UnitId\" IS NULL) <> (\"AccountId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_HandlingAssignments_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HandlingAssignments_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HandlingAssignments_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HandlingAssignments_Documents_ReplyDocumentId",
                        column: x => x.ReplyDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_HandlingAssignments_HandlingAssignments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "HandlingAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HandlingAssignments_OrgUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    FilePlanItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RetentionYears = table.Column<int>(type: "INTEGER", nullable: true),
                    AccessRegime = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OwnerAccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentCount = table.Column<int>(type: "INTEGER", nullable: true),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<int>(type: "INTEGER", nullable: true),
                    ArchiveTransferId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseFiles_Accounts_OwnerAccountId",
                        column: x => x.OwnerAccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseFiles_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseFiles_ArchiveTransfers_ArchiveTransferId",
                        column: x => x.ArchiveTransferId,
                        principalTable: "ArchiveTransfers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseFiles_FilePlanItems_FilePlanItemId",
                        column: x => x.FilePlanItemId,
                        principalTable: "FilePlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HandlingNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssignmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandlingNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandlingNotes_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HandlingNotes_HandlingAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "HandlingAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseFileDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFileDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseFileDocuments_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseFileDocuments_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseFileShares",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    GrantedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFileShares", x => x.Id);
                    table.CheckConstraint("CK_CaseFileShares_Grantee", "(\"AccountId\" IS NULL) <> (\"AgencyId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_CaseFileShares_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseFileShares_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseFileShares_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_UnitId",
                table: "Accounts",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ArchiveTransfers_AgencyId",
                table: "ArchiveTransfers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_ArchiveTransfers_ReceivedBy",
                table: "ArchiveTransfers",
                column: "ReceivedBy");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileDocuments_CaseFileId_DocumentId",
                table: "CaseFileDocuments",
                columns: new[] { "CaseFileId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileDocuments_DocumentId",
                table: "CaseFileDocuments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_AgencyId_Status_EndDate",
                table: "CaseFiles",
                columns: new[] { "AgencyId", "Status", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_AgencyId_Year_Code",
                table: "CaseFiles",
                columns: new[] { "AgencyId", "Year", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_ArchiveTransferId",
                table: "CaseFiles",
                column: "ArchiveTransferId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_FilePlanItemId",
                table: "CaseFiles",
                column: "FilePlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_OwnerAccountId",
                table: "CaseFiles",
                column: "OwnerAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileShares_AccountId",
                table: "CaseFileShares",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileShares_AgencyId",
                table: "CaseFileShares",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFileShares_CaseFileId_AccountId_AgencyId",
                table: "CaseFileShares",
                columns: new[] { "CaseFileId", "AccountId", "AgencyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FilePlanItems_FilePlanId_Code",
                table: "FilePlanItems",
                columns: new[] { "FilePlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FilePlanItems_ResponsibleAccountId",
                table: "FilePlanItems",
                column: "ResponsibleAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_FilePlans_AgencyId_Year",
                table: "FilePlans",
                columns: new[] { "AgencyId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandlingAssignments_AccountId_Status",
                table: "HandlingAssignments",
                columns: new[] { "AccountId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_HandlingAssignments_AgencyId_Status_Deadline",
                table: "HandlingAssignments",
                columns: new[] { "AgencyId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_HandlingAssignments_DocumentId",
                table: "HandlingAssignments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_HandlingAssignments_ParentId",
                table: "HandlingAssignments",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_HandlingAssignments_ReplyDocumentId",
                table: "HandlingAssignments",
                column: "ReplyDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_HandlingAssignments_UnitId_Status",
                table: "HandlingAssignments",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_HandlingNotes_AccountId",
                table: "HandlingNotes",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_HandlingNotes_AssignmentId_At",
                table: "HandlingNotes",
                columns: new[] { "AssignmentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_AgencyId_Code",
                table: "OrgUnits",
                columns: new[] { "AgencyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_HeadAccountId",
                table: "OrgUnits",
                column: "HeadAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_SavedSearches_AccountId_Name",
                table: "SavedSearches",
                columns: new[] { "AccountId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchHistory_AccountId_At",
                table: "SearchHistory",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchHistory_AgencyId_At",
                table: "SearchHistory",
                columns: new[] { "AgencyId", "At" });

            migrationBuilder.AddForeignKey(
                name: "FK_Accounts_OrgUnits_UnitId",
                table: "Accounts",
                column: "UnitId",
                principalTable: "OrgUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Accounts_OrgUnits_UnitId",
                table: "Accounts");

            migrationBuilder.DropTable(
                name: "CaseFileDocuments");

            migrationBuilder.DropTable(
                name: "CaseFileShares");

            migrationBuilder.DropTable(
                name: "HandlingNotes");

            migrationBuilder.DropTable(
                name: "SavedSearches");

            migrationBuilder.DropTable(
                name: "SearchHistory");

            migrationBuilder.DropTable(
                name: "CaseFiles");

            migrationBuilder.DropTable(
                name: "HandlingAssignments");

            migrationBuilder.DropTable(
                name: "ArchiveTransfers");

            migrationBuilder.DropTable(
                name: "FilePlanItems");

            migrationBuilder.DropTable(
                name: "OrgUnits");

            migrationBuilder.DropTable(
                name: "FilePlans");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_UnitId",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "Arrival",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "Accounts");
        }
    }
}
