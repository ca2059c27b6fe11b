using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SahkoinenPerhekeskus.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedbackEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetKind = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ServiceTypeCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Helpful = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Searches = table.Column<int>(type: "INTEGER", nullable: false),
                    ZeroResults = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDays", x => new { x.Day, x.MunicipalityCode });
                });

            migrationBuilder.CreateTable(
                name: "SearchFilterDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Filter = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Searches = table.Column<int>(type: "INTEGER", nullable: false),
                    ZeroResults = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchFilterDays", x => new { x.Day, x.MunicipalityCode, x.Filter, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "SearchTermDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Searches = table.Column<int>(type: "INTEGER", nullable: false),
                    ZeroResults = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchTermDays", x => new { x.Day, x.MunicipalityCode, x.TermHash });
                });

            migrationBuilder.CreateTable(
                name: "SearchTerms",
                columns: table => new
                {
                    TermHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RevealedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchTerms", x => x.TermHash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEntries_Day",
                table: "FeedbackEntries",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_SearchTermDays_TermHash",
                table: "SearchTermDays",
                column: "TermHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackEntries");

            migrationBuilder.DropTable(
                name: "SearchDays");

            migrationBuilder.DropTable(
                name: "SearchFilterDays");

            migrationBuilder.DropTable(
                name: "SearchTermDays");

            migrationBuilder.DropTable(
                name: "SearchTerms");
        }
    }
}
