using Npgsql;

namespace SahkoinenPerhekeskus.Testing;

/// <summary>
/// A fresh, uniquely named database on the <c>PERHEKESKUS_TEST_PG</c> server for one test class, dropped afterwards.
/// Use it as <c>IClassFixture&lt;PostgresDatabase&gt;</c> together with <see cref="PostgresFactAttribute"/>.
/// </summary>
/// <remarks>
/// The role in <c>PERHEKESKUS_TEST_PG</c> needs CREATEDB. When the variable is not set nothing is created
/// (the tests are skipped), and on CI reading <see cref="ConnectionString"/> fails with a clear message.
/// </remarks>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private string? _connectionString;

    /// <summary>The database's name: <c>perhekeskus_t_</c> and a GUID, lower case, so it needs no quoting rules.</summary>
    public string Name { get; } = $"perhekeskus_t_{Guid.NewGuid():N}";

    /// <summary>A connection string to this test class's own database.</summary>
    public string ConnectionString => _connectionString
        ?? throw new InvalidOperationException(PostgresTestEnvironment.ConnectionString is null
            ? PostgresTestEnvironment.MissingServerMessage
            : $"Database {Name} was not created: InitializeAsync has not run.");

    /// <summary>Opens a connection to this test class's database.</summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (PostgresTestEnvironment.ConnectionString is not { } server)
        {
            return;
        }

        await ExecuteOnServerAsync(server, $"CREATE DATABASE \"{Name}\"");
        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_connectionString is null || PostgresTestEnvironment.ConnectionString is not { } server)
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteOnServerAsync(server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        _connectionString = null;
    }

    private static async Task ExecuteOnServerAsync(string serverConnectionString, string sql)
    {
        // Pooling off: the admin connection must not linger in a pool after the fixture is gone.
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
