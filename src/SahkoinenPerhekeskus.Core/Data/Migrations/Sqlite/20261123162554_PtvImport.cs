using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SahkoinenPerhekeskus.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PtvImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ImportedAt",
                table: "Services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedFields",
                table: "Services",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ImportedAt",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "ImportedFields",
                table: "Services");
        }
    }
}
