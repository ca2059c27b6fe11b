using SahkoinenPerhekeskus.Testing;

namespace SahkoinenPerhekeskus.Core.Tests.Infrastructure;

public sealed class PostgresTestEnvironmentTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", "false")]
    [InlineData(null, "")]
    public void GetSkipReason_NoServerOutsideCi_Skips(string? connectionString, string? ci)
    {
        var reason = PostgresTestEnvironment.GetSkipReason(connectionString, ci);

        Assert.NotNull(reason);
        Assert.Contains(PostgresTestEnvironment.VariableName, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "true")]
    [InlineData("", "TRUE")]
    [InlineData("Host=127.0.0.1;Port=55432", null)]
    [InlineData("Host=127.0.0.1;Port=55432", "true")]
    public void GetSkipReason_ServerSetOrOnCi_DoesNotSkip(string? connectionString, string? ci)
    {
        Assert.Null(PostgresTestEnvironment.GetSkipReason(connectionString, ci));
    }

    [Fact]
    public void MissingServerMessage_SaysHowToFix()
    {
        Assert.Contains("./test.sh", PostgresTestEnvironment.MissingServerMessage, StringComparison.Ordinal);
        Assert.Contains("CI=true", PostgresTestEnvironment.MissingServerMessage, StringComparison.Ordinal);
    }
}
