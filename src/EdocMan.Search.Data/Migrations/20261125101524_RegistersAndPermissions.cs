using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace EdocMan.Search.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistersAndPermissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationCode",
                table: "Agencies",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OutgoingSeriesPerType",
                table: "Agencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AgencyFormerNames",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyFormerNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyFormerNames_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiTokens_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentGrants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    GrantedBy = table.Column<int>(type: "INTEGER", nullable: true),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentGrants", x => x.Id);
                    table.CheckConstraint("CK_DocumentGrants_Grantee", "(\"Kind\" = 'User' AND \"AccountId\" IS NOT NULL AND \"AgencyId\" IS NULL) OR (\"Kind\" <> 'User' AND \"AgencyId\" IS NOT NULL AND \"AccountId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_DocumentGrants_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DocumentGrants_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DocumentGrants_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentTypes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Abbreviation = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentTypes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "NumberSeries",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSeries", x => new { x.AgencyId, x.Kind, x.Year, x.Series });
                    table.ForeignKey(
                        name: "FK_NumberSeries_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterDays",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterDays", x => new { x.AgencyId, x.Kind, x.Day });
                    table.ForeignKey(
                        name: "FK_RegisterDays_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<int>(type: "INTEGER", nullable: true),
                    NumberSymbol = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FileCopyHolder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Copies = table.Column<int>(type: "INTEGER", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TransferDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExclusionConfirmed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisterEntries_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegisterAnnotations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterAnnotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterAnnotations_RegisterEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "RegisterEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "DocumentTypes",
                columns: new[] { "Code", "Abbreviation", "Active", "Name", "SortOrder" },
                values: new object[,]
                {
                    { "BB", "BB", true, "Biên bản", 15 },
                    { "BC", "BC", true, "Báo cáo", 14 },
                    { "BGN", "BGN", true, "Bản ghi nhớ", 20 },
                    { "BTT", "BTT", true, "Bản thỏa thuận", 21 },
                    { "CĐ", "CĐ", true, "Công điện", 19 },
                    { "CT", "CT", true, "Chỉ thị", 3 },
                    { "CTr", "CTr", true, "Chương trình", 9 },
                    { "CV", null, true, "Công văn", 18 },
                    { "DA", "DA", true, "Dự án", 13 },
                    { "ĐA", "ĐA", true, "Đề án", 12 },
                    { "GGT", "GGT", true, "Giấy giới thiệu", 24 },
                    { "GM", "GM", true, "Giấy mời", 23 },
                    { "GNP", "GNP", true, "Giấy nghỉ phép", 25 },
                    { "GUQ", "GUQ", true, "Giấy ủy quyền", 22 },
                    { "HD", "HD", true, "Hướng dẫn", 8 },
                    { "HĐ", "HĐ", true, "Hợp đồng", 17 },
                    { "KH", "KH", true, "Kế hoạch", 10 },
                    { "NQ", "NQ", true, "Nghị quyết", 1 },
                    { "PA", "PA", true, "Phương án", 11 },
                    { "PB", "PB", true, "Phiếu báo", 28 },
                    { "PC", "PC", true, "Phiếu chuyển", 27 },
                    { "PG", "PG", true, "Phiếu gửi", 26 },
                    { "QC", "QC", true, "Quy chế", 4 },
                    { "QĐ", "QĐ", true, "Quyết định", 2 },
                    { "QyĐ", "QyĐ", true, "Quy định", 5 },
                    { "TB", "TB", true, "Thông báo", 7 },
                    { "TC", "TC", true, "Thông cáo", 6 },
                    { "THC", null, true, "Thư công", 29 },
                    { "TTr", "TTr", true, "Tờ trình", 16 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyFormerNames_AgencyId_ValidTo",
                table: "AgencyFormerNames",
                columns: new[] { "AgencyId", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_AccountId",
                table: "ApiTokens",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_TokenHash",
                table: "ApiTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_AgencyId_At",
                table: "AuditLog",
                columns: new[] { "AgencyId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_At",
                table: "AuditLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_DocumentId",
                table: "AuditLog",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentGrants_AccountId",
                table: "DocumentGrants",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentGrants_AgencyId_Kind",
                table: "DocumentGrants",
                columns: new[] { "AgencyId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentGrants_DocumentId_Kind_AgencyId_AccountId",
                table: "DocumentGrants",
                columns: new[] { "DocumentId", "Kind", "AgencyId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterAnnotations_EntryId_At",
                table: "RegisterAnnotations",
                columns: new[] { "EntryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_AgencyId_Kind_RegisteredOn",
                table: "RegisterEntries",
                columns: new[] { "AgencyId", "Kind", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_AgencyId_Kind_Year_Series_Number",
                table: "RegisterEntries",
                columns: new[] { "AgencyId", "Kind", "Year", "Series", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_DocumentId",
                table: "RegisterEntries",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_NumberSymbol_Issuer",
                table: "RegisterEntries",
                columns: new[] { "NumberSymbol", "Issuer" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyFormerNames");

            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "DocumentGrants");

            migrationBuilder.DropTable(
                name: "DocumentTypes");

            migrationBuilder.DropTable(
                name: "NumberSeries");

            migrationBuilder.DropTable(
                name: "RegisterAnnotations");

            migrationBuilder.DropTable(
                name: "RegisterDays");

            migrationBuilder.DropTable(
                name: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "OrganisationCode",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "OutgoingSeriesPerType",
                table: "Agencies");
        }
    }
}
