using Microsoft.Extensions.Configuration;
using Npgsql;
using SahkoinenPerhekeskus.Testing;

namespace SahkoinenPerhekeskus.Web.Tests.Infrastructure;

public sealed class PostgresConnectionTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task SelectOne_ReturnsOne()
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("select 1", connection);

        var result = await command.ExecuteScalarAsync();

        Assert.Equal(1, result);
    }

    [PostgresFact]
    public async Task WithPostgres_SetsProviderAndConnectionString()
    {
        await using var factory = new PerhekeskusWebFactory().WithPostgres(database.ConnectionString);

        var configuration = factory.Services.GetRequiredService<IConfiguration>();

        Assert.Equal("postgres", configuration["Perhekeskus:Database:Provider"]);
        Assert.Equal(database.ConnectionString, configuration.GetConnectionString("Postgres"));
    }
}
