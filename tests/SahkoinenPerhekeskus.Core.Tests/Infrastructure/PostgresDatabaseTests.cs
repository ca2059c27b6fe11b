using Npgsql;
using SahkoinenPerhekeskus.Testing;

namespace SahkoinenPerhekeskus.Core.Tests.Infrastructure;

public sealed class PostgresDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task SelectOne_OnFreshDatabase_ReturnsOne()
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("select 1", connection);

        var result = await command.ExecuteScalarAsync();

        Assert.Equal(1, result);
    }

    [PostgresFact]
    public async Task CurrentDatabase_IsTheFixturesOwnDatabase()
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("select current_database()", connection);

        var name = await command.ExecuteScalarAsync();

        Assert.Equal(database.Name, name);
    }

    [PostgresTheory]
    [InlineData(15)]
    public async Task ServerVersion_IsAtLeast(int major)
    {
        await using var connection = await database.OpenConnectionAsync();

        Assert.True(connection.PostgreSqlVersion.Major >= major, $"PostgreSQL {connection.PostgreSqlVersion} is older than {major}.");
    }
}
