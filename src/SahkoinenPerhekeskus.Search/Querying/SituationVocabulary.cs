using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>A need (<c>need:kiusaaminen</c>) or regional service type (<c>type:puheterapia</c>) a situation points to.</summary>
internal sealed record SituationTopic(string Kind, string Code)
{
    public const string NeedKind = "need";
    public const string TypeKind = "type";

    public string Key => Kind + ":" + Code;
}

/// <summary>A topic the query's words describe, with the strongest weight of the phrases that matched it.</summary>
/// <param name="Words">How many of the query's words the match rests on.</param>
internal sealed record TopicMatch(SituationTopic Topic, float Weight, string Phrase, int Words);

/// <summary>
/// How families describe a situation ("lapsi ei puhu vielä", "mun isä juo"), mapped to needs and service types
/// (<c>content/search/situations-xx.txt</c>). A phrase matches when each of its words is in the query in some
/// form; a word the analyser drops as a stop word ("ei", "inte", "not") must be typed as it is, since it
/// carries the meaning. The topics then widen the query towards the services for that situation, and the
/// results say so, so nothing is shown without a reason.
/// </summary>
internal sealed partial class SituationVocabulary
{
    private readonly List<Phrase> _phrases;
    private readonly Dictionary<string, Dictionary<string, string>> _names;
    private readonly Dictionary<string, List<QueryText>> _texts;
    private readonly Dictionary<string, SectionIndex> _sections;

    private SituationVocabulary(List<Phrase> phrases, Dictionary<string, Dictionary<string, string>> names, Dictionary<string, List<QueryText>> texts)
    {
        _phrases = phrases;
        _names = names;
        _texts = texts;
        _sections = phrases.GroupBy(p => p.Language).ToDictionary(g => g.Key, g => new SectionIndex(g), StringComparer.Ordinal);
    }

    public static SituationVocabulary Empty { get; } = new([], [], []);


    /// <summary>A service type's names, analysed in their own languages, to find the services of that type by text.</summary>
    public IReadOnlyList<QueryText> TypeNames(string code) => _texts.GetValueOrDefault(SituationTopic.TypeKind + ":" + code) ?? [];

    /// <summary>A need's name and description, analysed, to rank the services that have the need by how much they are about it.</summary>
    public IReadOnlyList<QueryText> NeedTexts(string code) => _texts.GetValueOrDefault(SituationTopic.NeedKind + ":" + code) ?? [];

    /// <param name="analyze">The query analysis, so phrase words reduce to the same forms as typed words.</param>
    public static SituationVocabulary Load(string contentPath, Func<string, string, QueryText> analyze)
    {
        var phrases = new List<Phrase>();
        foreach (var language in FieldNames.Languages)
        {
            var path = Path.Combine(contentPath, "search", $"situations-{language}.txt");
            if (!File.Exists(path))
            {
                continue;
            }

            List<(SituationTopic Topic, float Weight)> targets = [];
            foreach (var line in SearchDictionaries.ReadLines(path))
            {
                if (line.StartsWith('['))
                {
                    targets = ParseHeader(line);
                    continue;
                }

                if (targets.Count > 0 && Analyse(line, language, analyze) is { } words)
                {
                    phrases.Add(new Phrase(language, line, words, targets));
                }
            }
        }

        var (names, texts) = LoadNames(contentPath);
        var analysed = texts.ToDictionary(
            n => n.Key,
            n => n.Value.Where(v => FieldNames.Languages.Contains(v.Key) && v.Value.Length > 0).Select(v => analyze(v.Value, v.Key)).Where(t => !t.IsEmpty).ToList(),
            StringComparer.Ordinal);
        return new SituationVocabulary(phrases, names, analysed);
    }

    /// <summary>The topics the query describes, strongest first; a topic counts once, with its best phrase.</summary>
    /// <param name="wordEvidence">See <see cref="SearchTuning.SituationWordEvidence"/>.</param>
    /// <param name="wordEvidenceWeight">See <see cref="SearchTuning.SituationWordWeight"/>.</param>
    public IReadOnlyList<TopicMatch> Match(QueryText query, double wordEvidence, float wordEvidenceWeight)
    {
        if (_phrases.Count == 0 || query.IsEmpty)
        {
            return [];
        }

        var surfaces = Surfaces(query.Raw);
        var terms = FieldNames.Languages.ToDictionary(
            l => l,
            l => query.Words.Select(w => w.Readings.TryGetValue(l, out var t) ? t.Where(x => x.Kind.IsWholeWord()).Select(x => x.Text).ToHashSet(StringComparer.Ordinal) : []).ToList());
        var best = new Dictionary<string, TopicMatch>(StringComparer.Ordinal);
        foreach (var phrase in _phrases)
        {
            if (!phrase.MatchedBy(terms[phrase.Language], surfaces))
            {
                continue;
            }

            foreach (var (topic, weight) in phrase.Targets)
            {
                if (!best.TryGetValue(topic.Key, out var current) || current.Weight < weight)
                {
                    best[topic.Key] = new TopicMatch(topic, weight, phrase.Text, phrase.Words.Count);
                }
            }
        }

        // No whole phrase: the words can still be typical of one situation ("vauva itkee iltaisin" shares
        // "vauva" and "itkee" with the phrases about a crying baby), though less surely.
        if (best.Count == 0)
        {
            foreach (var (language, index) in _sections)
            {
                foreach (var (section, evidence, words) in index.Score(terms[language]))
                {
                    if (evidence < wordEvidence)
                    {
                        continue;
                    }

                    foreach (var (topic, weight) in section.Targets)
                    {
                        var w = weight * wordEvidenceWeight;
                        if (!best.TryGetValue(topic.Key, out var current) || current.Weight < w)
                        {
                            best[topic.Key] = new TopicMatch(topic, w, section.Text, words);
                        }
                    }
                }
            }
        }

        return [.. best.Values.OrderByDescending(m => m.Weight).ThenBy(m => m.Topic.Key, StringComparer.Ordinal)];
    }

    /// <summary>Whether any phrase uses the word (in any form, in any language).</summary>
    public bool Knows(QueryWord word) =>
        _sections.Any(s => word.Readings.TryGetValue(s.Key, out var terms) && terms.Any(t => t.Kind.IsWholeWord() && s.Value.Contains(t.Text)));

    /// <summary>A topic's name in the language, falling back to Finnish, then to its code.</summary>
    public string NameOf(SituationTopic topic, string language) =>
        _names.TryGetValue(topic.Key, out var byLanguage)
            ? byLanguage.GetValueOrDefault(language) ?? byLanguage.GetValueOrDefault("fi") ?? topic.Code
            : topic.Code;

    private static List<(SituationTopic, float)> ParseHeader(string line)
    {
        var targets = new List<(SituationTopic, float)>();
        foreach (var part in line.Trim('[', ']', ' ').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (target, weight) = part.Split('^') is [var t, var w] && float.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
                ? (t, Math.Clamp(f, 0f, 1f))
                : (part, 1f);
            if (target.Split(':') is [var kind and (SituationTopic.NeedKind or SituationTopic.TypeKind), var code] && code.Length > 0)
            {
                targets.Add((new SituationTopic(kind, code), weight));
            }
        }

        return targets;
    }

    /// <summary>Each word's whole-word forms; a word the chain drops keeps only its lowercased surface.</summary>
    private static List<PhraseWord>? Analyse(string phrase, string language, Func<string, string, QueryText> analyze)
    {
        var words = new List<PhraseWord>();
        foreach (var surface in Surfaces(phrase))
        {
            var analysed = analyze(surface, language);
            var forms = analysed.Words.SelectMany(w => w.Readings.TryGetValue(language, out var t) ? t.Where(x => x.Kind.IsWholeWord() && !x.Expanded) : [])
                .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
            words.Add(new PhraseWord(surface, forms));
        }

        return words.Count == 0 ? null : words;
    }

    private static HashSet<string> Surfaces(string text) =>
        [.. WordPattern().Matches(text.ToLower(CultureInfo.InvariantCulture)).Select(m => m.Value)];

    /// <returns>The topics' names per language, and the text that finds their services: a type's name, a need's name and description.</returns>
    private static (Dictionary<string, Dictionary<string, string>> Names, Dictionary<string, Dictionary<string, string>> Texts) LoadNames(string contentPath)
    {
        var names = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var texts = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Read(Path.Combine(contentPath, "taxonomies", "needs.json"), SituationTopic.NeedKind);
        Read(Path.Combine(contentPath, "service-types.json"), SituationTopic.TypeKind);
        return (names, texts);

        void Read(string path, string kind)
        {
            if (!File.Exists(path))
            {
                return;
            }

            using var json = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var item in json.RootElement.EnumerateArray())
            {
                if (item.TryGetProperty("code", out var code) && item.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.Object)
                {
                    var key = kind + ":" + code.GetString();
                    names[key] = name.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
                    texts[key] = kind == SituationTopic.NeedKind && item.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.Object
                        ? names[key].ToDictionary(n => n.Key, n => n.Value + " " + (description.TryGetProperty(n.Key, out var d) ? d.GetString() : ""), StringComparer.Ordinal)
                        : names[key];
                }
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private sealed record PhraseWord(string Surface, HashSet<string> Forms);

    /// <summary>The phrases of one language grouped by section, as a tiny BM25 index: a section is a document.</summary>
    private sealed class SectionIndex
    {
        private const double K1 = 1.2;
        private const double B = 0.5;
        private readonly List<(Phrase First, Dictionary<string, int> Tf, int Length)> _sections = [];
        private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);
        private readonly double _averageLength;

        public SectionIndex(IEnumerable<Phrase> phrases)
        {
            foreach (var group in phrases.GroupBy(p => p.Targets))
            {
                var tf = new Dictionary<string, int>(StringComparer.Ordinal);
                var length = 0;
                foreach (var form in group.SelectMany(p => p.Words).SelectMany(w => w.Forms))
                {
                    tf[form] = tf.GetValueOrDefault(form) + 1;
                    length++;
                }

                _sections.Add((group.First(), tf, length));
                foreach (var form in tf.Keys)
                {
                    _df[form] = _df.GetValueOrDefault(form) + 1;
                }
            }

            _averageLength = _sections.Count == 0 ? 1 : _sections.Average(s => (double)s.Length);
        }

        public bool Contains(string form) => _df.ContainsKey(form);

        /// <param name="queryTerms">Per query word, its forms; a word counts once per section, by its best form.</param>
        public IEnumerable<(Phrase Section, double Evidence, int Words)> Score(List<HashSet<string>> queryTerms)
        {
            var n = _sections.Count;
            foreach (var (first, tf, length) in _sections)
            {
                var evidence = 0.0;
                var words = 0;
                foreach (var forms in queryTerms)
                {
                    var best = 0.0;
                    foreach (var form in forms)
                    {
                        if (tf.TryGetValue(form, out var f))
                        {
                            var df = _df[form];
                            var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
                            best = Math.Max(best, idf * f * (K1 + 1) / (f + (K1 * (1 - B + (B * length / _averageLength)))));
                        }
                    }

                    evidence += best;
                    words += best > 0 ? 1 : 0;
                }

                // One word alone is not a situation: "koulu" is in many school phrases but says little.
                if (words >= 2)
                {
                    yield return (first, evidence, words);
                }
            }
        }
    }

    private sealed record Phrase(string Language, string Text, List<PhraseWord> Words, IReadOnlyList<(SituationTopic Topic, float Weight)> Targets)
    {
        /// <param name="queryTerms">Per query word, its whole-word forms in this phrase's language.</param>
        public bool MatchedBy(List<HashSet<string>> queryTerms, HashSet<string> surfaces) =>
            Words.All(w => w.Forms.Count == 0 ? surfaces.Contains(w.Surface) : surfaces.Contains(w.Surface) || queryTerms.Any(q => q.Overlaps(w.Forms)));
    }
}
