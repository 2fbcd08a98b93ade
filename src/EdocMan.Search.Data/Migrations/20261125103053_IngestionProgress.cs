using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EdocMan.Search.Data.Migrations
{
    /// <inheritdoc />
    public partial class IngestionProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PagesDone",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PagesTotal",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchablePdfSha256",
                table: "Documents",
                type: "TEXT",
                fixedLength: true,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "DocumentPages",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UncertainWords",
                table: "DocumentPages",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PagesDone",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "PagesTotal",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "SearchablePdfSha256",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "DocumentPages");

            migrationBuilder.DropColumn(
                name: "UncertainWords",
                table: "DocumentPages");
        }
    }
}
