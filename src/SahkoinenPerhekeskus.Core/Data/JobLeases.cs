using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SahkoinenPerhekeskus.Core.Data;

/// <summary>A named job held by one process until <see cref="ExpiresAtMs"/> (Unix milliseconds: compares the same on every provider).</summary>
public sealed class JobLease
{
    public const int MaxName = 64;
    public const int MaxHolder = 128;

    public required string Name { get; init; }
    public string Holder { get; set; } = "";
    public long ExpiresAtMs { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> b)
    {
        b.ToTable("JobLeases");
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(JobLease.MaxName);
        b.Property(l => l.Holder).HasMaxLength(JobLease.MaxHolder);
    }
}

/// <summary>
/// Lets work that must happen once per deployment (not once per node) run on one node at a time: a node holds the
/// lease while it renews it, and another takes over when it has lapsed (the holder stopped or crashed). Each step
/// is one conditional UPDATE, which the database serialises, so two nodes can never both hold it.
/// </summary>
public sealed class JobLeases(PerhekeskusDbContext db, TimeProvider time, NodeIdentity node)
{
    /// <summary>Takes or renews the lease for <paramref name="duration"/>; false while another node holds it.</summary>
    public async Task<bool> TryHoldAsync(string name, TimeSpan duration, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)duration.TotalMilliseconds;
        var me = node.Id;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAtMs") VALUES ({name}, '', 0) ON CONFLICT ("Name") DO NOTHING
            """, ct);
        var held = await db.Database.ExecuteSqlAsync($"""
            UPDATE "JobLeases" SET "Holder" = {me}, "ExpiresAtMs" = {until}
            WHERE "Name" = {name} AND ("Holder" = {me} OR "ExpiresAtMs" < {now})
            """, ct);
        return held == 1;
    }

    /// <summary>Gives the lease up at shutdown, so another node need not wait for it to lapse.</summary>
    public Task ReleaseAsync(string name, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""UPDATE "JobLeases" SET "ExpiresAtMs" = 0 WHERE "Name" = {name} AND "Holder" = {node.Id}""", ct);
}

/// <summary>This process among the nodes of a deployment: host, process id and a random part (a restarted process is a new node).</summary>
public sealed class NodeIdentity
{
    public string Id { get; } = Shorten($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    private static string Shorten(string id) => id.Length <= JobLease.MaxHolder ? id : id[^JobLease.MaxHolder..];
}
