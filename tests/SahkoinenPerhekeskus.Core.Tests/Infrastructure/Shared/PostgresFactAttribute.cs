namespace SahkoinenPerhekeskus.Testing;

/// <summary>
/// A <see cref="FactAttribute"/> for tests that need PostgreSQL: skipped when <c>PERHEKESKUS_TEST_PG</c> is not
/// set, but never skipped on CI (<c>CI=true</c>), where the test then fails with a clear message.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> from <see cref="PostgresTestEnvironment.SkipReason"/>.</summary>
    public PostgresFactAttribute()
    {
        Skip = PostgresTestEnvironment.SkipReason;
    }
}
