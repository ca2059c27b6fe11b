using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SahkoinenPerhekeskus.Core.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetKind = table.Column<int>(type: "integer", nullable: false),
                    TargetId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ServiceTypeCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    AreaCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Helpful = table.Column<bool>(type: "boolean", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Searches = table.Column<int>(type: "integer", nullable: false),
                    ZeroResults = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDays", x => new { x.Day, x.MunicipalityCode });
                });

            migrationBuilder.CreateTable(
                name: "SearchFilterDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Filter = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Searches = table.Column<int>(type: "integer", nullable: false),
                    ZeroResults = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchFilterDays", x => new { x.Day, x.MunicipalityCode, x.Filter, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "SearchTermDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    TermHash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Searches = table.Column<int>(type: "integer", nullable: false),
                    ZeroResults = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchTermDays", x => new { x.Day, x.MunicipalityCode, x.TermHash });
                });

            migrationBuilder.CreateTable(
                name: "SearchTerms",
                columns: table => new
                {
                    TermHash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevealedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
