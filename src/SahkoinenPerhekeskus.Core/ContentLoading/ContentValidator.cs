using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Core.ContentLoading;

/// <summary>Cross-file checks: every code a file uses must exist, ids must be unique, values must be sane.</summary>
internal sealed partial class ContentValidator(ContentFiles files)
{
    private List<ContentError> _errors = [];

    public void Validate(List<ContentError> errors)
    {
        _errors = errors;
        var municipalities = ValidateRegion();
        var needs = ValidateTerms("content/taxonomies/needs.json", files.Needs);
        var ages = ValidateTerms("content/taxonomies/age-groups.json", files.AgeGroups);
        var orgs = ValidateOrganisations(municipalities);
        var types = ValidateServiceTypes(needs, ages);
        var areas = files.Region.Areas.Select(a => a.Code).ToHashSet();
        var ids = new Dictionary<string, string>();
        var index = new Dictionary<string, int>();
        foreach (var (file, s) in files.Services)
        {
            var i = index[file] = index.GetValueOrDefault(file, -1) + 1;
            var at = $"[{i}]";
            if (!ContentFiles.SlugPattern().IsMatch(s.Id) || s.Id.Length > 120)
            {
                Error(file, at + ".id", $"'{s.Id}' must be lowercase a–z, 0–9 and '-' (at most 120 characters)");
            }
            else if (!ids.TryAdd(s.Id, file))
            {
                Error(file, at + ".id", $"'{s.Id}' is already used in {ids[s.Id]}");
            }

            at = $"[{i}] ({s.Id})";
            Check(s.Type is null || types.Contains(s.Type), file, at + ".type", $"unknown service type '{s.Type}'");
            Check(orgs.Contains(s.Organisation), file, at + ".organisation", $"unknown organisation '{s.Organisation}'");
            Text(file, at + ".name", s.Name);
            if (!ContentCodes.Coverages.ContainsKey(s.Coverage))
            {
                Error(file, at + ".coverage", $"'{s.Coverage}' is not one of {string.Join(", ", ContentCodes.Coverages.Keys)}");
            }

            Check(s.Coverage != "local" || s.Municipalities.Count > 0, file, at + ".municipalities", "a local service must list at least one municipality");
            Check(s.Coverage != "areas" || s.Areas.Count > 0, file, at + ".areas", "an area service must list at least one area");
            Unknown(file, at + ".municipalities", s.Municipalities, municipalities);
            Unknown(file, at + ".areas", s.Areas, areas);
            Unknown(file, at + ".needs", s.Needs, needs);
            Unknown(file, at + ".ageGroups", s.AgeGroups, ages);
            Check(new AgeRange(s.MinMonths, s.MaxMonths).IsValid, file, at + ".maxMonths", "maxMonths is smaller than minMonths");
            Check(s.MinMonths is null or >= AgeRange.PregnancyStart, file, at + ".minMonths", "the earliest month is -9 (start of pregnancy)");
            foreach (var lang in s.Languages.Where(l => !LanguagePattern().IsMatch(l)))
            {
                Error(file, at + ".languages", $"'{lang}' is not a two- or three-letter lowercase language code");
            }

            Check(ContentCodes.Urgencies.ContainsKey(s.Urgency), file, at + ".urgency", $"'{s.Urgency}' is not one of none, urgent, emergency");
            Check(ContentCodes.Statuses.ContainsKey(s.Status), file, at + ".status", $"'{s.Status}' is not one of {string.Join(", ", ContentCodes.Statuses.Keys)}");
            for (var c = 0; c < s.Channels.Count; c++)
            {
                new ChannelValidator(this, file, $"{at}.channels[{c}]").Validate(s.Channels[c]);
            }
        }
    }

    internal void Error(string file, string field, string problem) => _errors.Add(new ContentError(file, field, problem));

    internal void Check(bool ok, string file, string field, string problem)
    {
        if (!ok)
        {
            Error(file, field, problem);
        }
    }

    private HashSet<string> ValidateRegion()
    {
        const string file = "content/region.json";
        var codes = new HashSet<string>();
        var slugs = new HashSet<string>();
        var areaCodes = new HashSet<string>();
        Text(file, "name", files.Region.Name);
        for (var a = 0; a < files.Region.Areas.Count; a++)
        {
            var area = files.Region.Areas[a];
            Check(areaCodes.Add(area.Code), file, $"areas[{a}].code", $"'{area.Code}' appears twice");
            Text(file, $"areas[{a}].name", area.Name);
            for (var m = 0; m < area.Municipalities.Count; m++)
            {
                var mun = area.Municipalities[m];
                var at = $"areas[{a}].municipalities[{m}]";
                Check(MunicipalityCodePattern().IsMatch(mun.Code), file, at + ".code", $"'{mun.Code}' is not a three-digit Statistics Finland code");
                Check(codes.Add(mun.Code), file, at + ".code", $"'{mun.Code}' appears twice");
                Check(ContentFiles.SlugPattern().IsMatch(mun.Slug) && slugs.Add(mun.Slug), file, at + ".slug", $"'{mun.Slug}' is not a unique lowercase slug");
                Text(file, at + ".name", mun.Name);
            }
        }

        return codes;
    }

    private HashSet<string> ValidateTerms(string file, List<TermDto> terms)
    {
        var codes = new HashSet<string>();
        for (var i = 0; i < terms.Count; i++)
        {
            Check(CodePattern().IsMatch(terms[i].Code), file, $"[{i}].code", $"'{terms[i].Code}' must be lowercase a–z, 0–9, '_' or '-'");
            Check(codes.Add(terms[i].Code), file, $"[{i}].code", $"'{terms[i].Code}' appears twice");
            Text(file, $"[{i}].name", terms[i].Name);
            Check(new AgeRange(terms[i].MinMonths, terms[i].MaxMonths).IsValid, file, $"[{i}].maxMonths", "maxMonths is smaller than minMonths");
        }

        return codes;
    }

    private HashSet<string> ValidateOrganisations(HashSet<string> municipalities)
    {
        const string file = "content/organisations.json";
        var ids = new HashSet<string>();
        for (var i = 0; i < files.Organisations.Count; i++)
        {
            var o = files.Organisations[i];
            Check(CodePattern().IsMatch(o.Id) && ids.Add(o.Id), file, $"[{i}].id", $"'{o.Id}' is not a unique lowercase id");
            Check(ContentCodes.OrganisationKinds.ContainsKey(o.Kind), file, $"[{i}].kind", $"'{o.Kind}' is not one of {string.Join(", ", ContentCodes.OrganisationKinds.Keys)}");
            Check(o.Municipality is null || municipalities.Contains(o.Municipality), file, $"[{i}].municipality", $"unknown municipality code '{o.Municipality}'");
            Check(o.Url is null || ContactRules.IsWebUrl(o.Url), file, $"[{i}].url", $"'{o.Url}' is not an http(s) address");
            Text(file, $"[{i}].name", o.Name);
        }

        return ids;
    }

    private HashSet<string> ValidateServiceTypes(HashSet<string> needs, HashSet<string> ages)
    {
        const string file = "content/service-types.json";
        var codes = new HashSet<string>();
        var slugs = new HashSet<string>();
        for (var i = 0; i < files.ServiceTypes.Count; i++)
        {
            var t = files.ServiceTypes[i];
            Check(CodePattern().IsMatch(t.Code) && codes.Add(t.Code), file, $"[{i}].code", $"'{t.Code}' is not a unique lowercase code");
            Check(ContentFiles.SlugPattern().IsMatch(t.Slug) && slugs.Add(t.Slug), file, $"[{i}].slug", $"'{t.Slug}' is not a unique lowercase slug");
            Check(ContentCodes.Categories.ContainsKey(t.Category), file, $"[{i}].category", $"'{t.Category}' is not one of {string.Join(", ", ContentCodes.Categories.Keys)}");
            Text(file, $"[{i}].name", t.Name);
            Text(file, $"[{i}].description", t.Description);
            Unknown(file, $"[{i}].needs", t.Needs, needs);
            Unknown(file, $"[{i}].ageGroups", t.AgeGroups, ages);
            Check(new AgeRange(t.MinMonths, t.MaxMonths).IsValid, file, $"[{i}].maxMonths", "maxMonths is smaller than minMonths");
        }

        return codes;
    }

    private void Unknown(string file, string field, IEnumerable<string> used, HashSet<string> known)
    {
        foreach (var code in used.Where(c => !known.Contains(c)))
        {
            Error(file, field, $"unknown code '{code}'");
        }
    }

    internal void Text(string file, string field, TextDto text) =>
        Check(!string.IsNullOrWhiteSpace(text.Fi), file, field + ".fi", "the Finnish text is required");

    [GeneratedRegex("^[a-z0-9]+([_-][a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex MunicipalityCodePattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();
}
