namespace SahkoinenPerhekeskus.Testing;

/// <summary>
/// A <see cref="TheoryAttribute"/> for tests that need PostgreSQL; skipped like <see cref="PostgresFactAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> from <see cref="PostgresTestEnvironment.SkipReason"/>.</summary>
    public PostgresTheoryAttribute()
    {
        Skip = PostgresTestEnvironment.SkipReason;
    }
}
