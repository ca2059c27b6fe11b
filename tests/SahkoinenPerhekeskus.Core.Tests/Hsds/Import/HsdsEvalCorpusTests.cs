using System.Diagnostics;
using Xunit.Abstractions;

namespace SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

/// <summary>Runs only where the shared evaluation data sits next to the repository (../shared/eval).</summary>
public sealed class EvalCorpusFactAttribute : FactAttribute
{
    public EvalCorpusFactAttribute()
    {
        if (!File.Exists(HsdsEvalCorpusTests.CorpusPath))
        {
            Skip = $"The evaluation corpus is not at {HsdsEvalCorpusTests.CorpusPath}.";
        }
    }
}

/// <summary>The full synthetic North Karelia corpus (251 services) against the real 13-municipality structure.</summary>
public sealed class HsdsEvalCorpusTests(ITestOutputHelper output) : IDisposable
{
    public static readonly string CorpusPath =
        Path.GetFullPath(Path.Combine(HsdsTestRegion.RepositoryRoot(), "..", "shared", "eval", "corpus.hsds.json"));

    private readonly HsdsTestRegion _region = new();

    public void Dispose() => _region.Dispose();

    [EvalCorpusFact]
    public async Task Import_EvalCorpus_ImportsEveryServiceWithoutRejections()
    {
        var clock = Stopwatch.StartNew();
        var report = await _region.ImportFileAsync(CorpusPath);
        output.WriteLine($"first import: {clock.Elapsed.TotalSeconds:0.00} s");
        output.WriteLine(report.ToString());

        Assert.Equal((251, 0, 0), (report.ServicesCreated, report.ServicesUpdated, report.ServicesRejected));
        Assert.Empty(report.Errors);
        Assert.Equal((60, 0), (report.OrganisationsCreated, report.OrganisationsRejected));
        Assert.Equal(28, report.TaxonomyTermsCreated + report.TaxonomyTermsUpdated);
        Assert.Equal(0, report.TaxonomyTermsCreated);

        await using var db = _region.NewContext();
        var services = await db.Services.Where(s => s.Source == EntrySource.Hsds)
            .Include(s => s.Municipalities).Include(s => s.Needs).Include(s => s.AgeGroups).Include(s => s.Channels)
            .AsSplitQuery().ToListAsync();
        Assert.Equal(24, services.Count(s => s.Coverage == ServiceCoverage.National));
        Assert.All(services, s => Assert.False(string.IsNullOrWhiteSpace(s.Name.Fi)));
        Assert.All(services, s => Assert.NotEmpty(s.Needs));
        Assert.All(services, s => Assert.NotEmpty(s.AgeGroups));
        Assert.All(services, s => Assert.Equal(PublicationStatus.Published, s.Status));
        Assert.Equal(services.Count, services.Select(s => s.Slug).Distinct().Count());
        Assert.Equal(9, services.Count(s => s.Name.Sv is not null));
        Assert.Equal(15, services.Count(s => s.Name.En is not null));
        Assert.Contains(services, s => s.Urgency == Urgency.Urgent && s.Name.Fi == "Kriisipuhelin");
        Assert.DoesNotContain(services, s => s.Urgency != Urgency.None && s.Name.Fi.Contains("psykologi", StringComparison.OrdinalIgnoreCase));
        output.WriteLine($"urgent: {string.Join(", ", services.Where(s => s.Urgency != Urgency.None).Select(s => s.Name.Fi))}");
        output.WriteLine($"coverage: {string.Join(", ", services.GroupBy(s => s.Coverage).Select(g => $"{g.Key} {g.Count()}"))}");
        output.WriteLine($"no referral {services.Count(s => s.NoReferral)}, free {services.Count(s => s.IsFree)}, channels {services.Sum(s => s.Channels.Count)}");
        var kinds = await db.Organisations.GroupBy(o => o.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        output.WriteLine($"organisations: {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Count}"))}");
    }

    [EvalCorpusFact]
    public async Task Import_EvalCorpusTwice_UpdatesEverythingAndDuplicatesNothing()
    {
        await _region.ImportFileAsync(CorpusPath);
        var before = await Counts();
        var clock = Stopwatch.StartNew();

        var again = await _region.ImportFileAsync(CorpusPath);

        output.WriteLine($"second import: {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.Equal((0, 251, 0), (again.ServicesCreated, again.ServicesUpdated, again.ServicesRejected));
        Assert.Equal(before, await Counts());
    }

    private async Task<(int, int, int, int)> Counts()
    {
        await using var db = _region.NewContext();
        return (await db.Services.CountAsync(), await db.ServiceChannels.CountAsync(), await db.OpeningHours.CountAsync(),
            await db.Set<Dictionary<string, object>>("ServiceMunicipalities").CountAsync()
            + await db.Set<Dictionary<string, object>>("ServiceNeeds").CountAsync()
            + await db.Set<Dictionary<string, object>>("ServiceAgeGroups").CountAsync());
    }
}
