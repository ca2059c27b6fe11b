namespace SahkoinenPerhekeskus.Testing;

/// <summary>
/// Tells the PostgreSQL tests where their server is: the connection string in
/// <c>PERHEKESKUS_TEST_PG</c>, which <c>test.sh</c> sets after starting a throwaway cluster.
/// </summary>
/// <remarks>
/// Without the variable the PostgreSQL tests are skipped, except on CI (<c>CI=true</c>), where a missing
/// server is a failure: a green CI run must not hide that those tests never ran.
/// The files in this folder are shared: Web.Tests and BrowserTests compile them through linked <c>Compile</c> items.
/// </remarks>
public static class PostgresTestEnvironment
{
    /// <summary>The environment variable that holds an Npgsql connection string to a server the tests may use.</summary>
    public const string VariableName = "PERHEKESKUS_TEST_PG";

    /// <summary>The connection string from <see cref="VariableName"/>, or <see langword="null"/> when it is not set.</summary>
    public static string? ConnectionString => Normalize(Environment.GetEnvironmentVariable(VariableName));

    /// <summary>Whether we run on CI (<c>CI=true</c>), where PostgreSQL tests must run rather than be skipped.</summary>
    public static bool IsCi => IsTrue(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The reason to skip PostgreSQL tests now, or <see langword="null"/> when they must run.</summary>
    public static string? SkipReason =>
        GetSkipReason(Environment.GetEnvironmentVariable(VariableName), Environment.GetEnvironmentVariable("CI"));

    /// <summary>The message a PostgreSQL test fails with when it must run but has no server.</summary>
    public static string MissingServerMessage =>
        $"{VariableName} is not set, and CI=true, so PostgreSQL tests must not be skipped. " +
        $"Run the tests through ./test.sh (it starts a throwaway PostgreSQL 15 on 127.0.0.1) or set {VariableName} " +
        "to a connection string such as \"Host=127.0.0.1;Port=55432;Username=...;Password=...;Database=...\" for a role with CREATEDB.";

    /// <summary>
    /// The skip decision for given values of <c>PERHEKESKUS_TEST_PG</c> and <c>CI</c>: skip only when there is no
    /// connection string and we are not on CI.
    /// </summary>
    public static string? GetSkipReason(string? connectionString, string? ci) =>
        Normalize(connectionString) is null && !IsTrue(ci)
            ? $"{VariableName} is not set: PostgreSQL tests skipped. ./test.sh starts a throwaway PostgreSQL and sets it."
            : null;

    /// <summary>The connection string, or an exception with <see cref="MissingServerMessage"/>.</summary>
    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(MissingServerMessage);

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
