using Microsoft.AspNetCore.Mvc;
using SahkoinenPerhekeskus.Core.Editorial;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Infrastructure;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Security;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Rakenne;

/// <summary>
/// Admin-edited synonym rules, in the syntax of content/search/synonyms-*.txt. They are stored in the database
/// and audited; the search engine still reads the files (ADR 0005 says what is left to wire).
/// </summary>
public sealed class SynonyymitModel(HallintaText text, StructureEditor structure, EditorialGuard guard) : HallintaPageModel(text)
{
    public const int MaxRules = 1000;

    [BindProperty]
    public string? RulesFi { get; set; }

    [BindProperty]
    public string? RulesSv { get; set; }

    [BindProperty]
    public string? RulesEn { get; set; }

    public string? Value(string lang) => lang switch { "sv" => RulesSv, "en" => RulesEn, _ => RulesFi };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await structure.SynonymsAsync(ct);
        string Join(string lang) => string.Join('\n', all.Where(s => s.Language == lang).Select(s => s.Rule));
        (RulesFi, RulesSv, RulesEn) = (Join("fi"), Join("sv"), Join("en"));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await guard.AllowsAsync(User, EditorialOperation.ManageStructure, ScopeTarget.Region))
        {
            return Forbid();
        }

        var parsed = new Dictionary<string, List<string>>();
        foreach (var lang in new[] { "fi", "sv", "en" })
        {
            var key = "Rules" + char.ToUpperInvariant(lang[0]) + lang[1..];
            var lines = (Value(lang) ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
            var bad = lines.FirstOrDefault(l => !IsRule(l));
            if (bad is not null)
            {
                ModelState.AddModelError(key, Text["Structure.SynonymBad", Text["Language." + lang], bad.Length > 80 ? bad[..80] + "…" : bad]);
            }
            else if (lines.Count > MaxRules)
            {
                ModelState.AddModelError(key, Text["Structure.SynonymTooMany", Text["Language." + lang], MaxRules]);
            }

            parsed[lang] = lines;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        foreach (var (lang, rules) in parsed)
        {
            await structure.SaveSynonymsAsync(lang, rules, Actor, ct);
        }

        Message("Structure.Saved");
        return Redirect("/hallinta/rakenne/synonyymit");
    }

    /// <summary>"a, b => c" or "a, b, c": at least two terms, none empty, no longer than the column.</summary>
    public static bool IsRule(string line)
    {
        if (line.Length > SynonymEntry.MaxRule)
        {
            return false;
        }

        var sides = line.Split("=>");
        if (sides.Length > 2)
        {
            return false;
        }

        var terms = sides.SelectMany(s => s.Split(',')).Select(t => t.Trim()).ToList();
        return terms.Count >= 2 && terms.All(t => t.Length > 0) && sides.All(s => s.Trim().Length > 0);
    }
}
