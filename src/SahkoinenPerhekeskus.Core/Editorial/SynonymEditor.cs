namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>The regional admin's synonym rules (ADR 0012): stored per language, audited, expanded at query time.</summary>
public sealed class SynonymEditor(PerhekeskusDbContext db, AuditLog audit, ICatalogueIndex index, TimeProvider clock)
{
    public Task<List<SynonymEntry>> AllAsync(CancellationToken ct) =>
        db.Synonyms.AsNoTracking().OrderBy(s => s.Language).ThenBy(s => s.Id).ToListAsync(ct);

    /// <summary>
    /// Replaces the admin synonym rules of each language given (one rule a line, already checked with
    /// <see cref="SynonymRules"/>), with one audit entry per language that changed. Synonyms are expanded at query
    /// time, so the search only re-reads them: no rebuild, and the next search uses them.
    /// </summary>
    /// <returns>The languages whose rules changed.</returns>
    public async Task<IReadOnlyList<string>> SaveAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> rulesByLanguage, Actor actor, CancellationToken ct)
    {
        var languages = rulesByLanguage.Keys.ToList();
        var existing = await db.Synonyms.Where(s => languages.Contains(s.Language)).OrderBy(s => s.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<string>();
        foreach (var (language, rules) in rulesByLanguage)
        {
            var before = existing.Where(e => e.Language == language).ToList();
            if (before.Select(e => e.Rule).SequenceEqual(rules, StringComparer.Ordinal))
            {
                // An unchanged list keeps its rows, so other nodes' stamps stay valid and the log shows real changes only.
                continue;
            }

            db.Synonyms.RemoveRange(before);
            db.Synonyms.AddRange(rules.Select(r => new SynonymEntry { Language = language, Rule = r, UpdatedAt = now }));
            audit.Record(actor, "structure.synonyms.save", "synonyms", language, ScopeTarget.Region, RecordCodes.RuleCount(rules.Count), before.Select(e => e.Rule).ToList(), rules);
            changed.Add(language);
        }

        if (changed.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            await index.CatchUpAsync(ct);
        }

        return changed;
    }
}
