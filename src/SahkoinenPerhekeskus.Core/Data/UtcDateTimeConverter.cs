using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SahkoinenPerhekeskus.Core.Data;

/// <summary>
/// Stores every DateTime as UTC and reads it back as UTC. SQLite keeps no kind and PostgreSQL's timestamptz
/// refuses local times, so one rule for both keeps the providers interchangeable.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

internal sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
    v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
