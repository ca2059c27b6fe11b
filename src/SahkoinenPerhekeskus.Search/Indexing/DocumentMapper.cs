using Lucene.Net.Documents;
using Lucene.Net.Util;
using SahkoinenPerhekeskus.Search.Querying;

namespace SahkoinenPerhekeskus.Search.Indexing;

/// <summary>Turns a <see cref="SearchDocument"/> into a Lucene document.</summary>
internal static class DocumentMapper
{
    public static Document ToLucene(SearchDocument source)
    {
        var doc = new Document
        {
            new StringField(FieldNames.Id, source.Id, Field.Store.YES),
            new StoredField(FieldNames.Slug, source.Slug),
            new StoredField(FieldNames.PrimaryLanguage, source.PrimaryLanguage),
            new StoredField(FieldNames.TextLanguages, string.Join(',', source.Texts.Keys)),
            new Int64Field(FieldNames.Updated, source.Updated.ToUnixTimeSeconds(), Field.Store.YES),
        };

        foreach (var (language, text) in source.Texts)
        {
            if (!FieldNames.Languages.Contains(language))
            {
                continue;
            }

            AddText(doc, FieldNames.Name(language), text.Name, stored: true, vectors: true);
            AddText(doc, FieldNames.AlternateName(language), text.AlternateName, stored: true);
            AddText(doc, FieldNames.TypeName(language), text.TypeName, stored: true);
            AddText(doc, FieldNames.Summary(language), text.Summary, stored: true, vectors: true);
            AddText(doc, FieldNames.Keywords(language), text.Keywords, stored: false);
            AddText(doc, FieldNames.Body(language), text.Body, stored: true, vectors: true);
            AddText(doc, FieldNames.Suggest(language), Join(text.Name, text.AlternateName, text.TypeName), stored: false);
            AddText(doc, FieldNames.ExactName, Join(text.Name, text.AlternateName, text.TypeName), stored: false);
            AddText(doc, FieldNames.ExactText, Join(text.Summary, text.Body, text.Keywords), stored: false);
            foreach (var name in new[] { text.Name, text.AlternateName, text.TypeName })
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    doc.Add(new StringField(FieldNames.NameKey, QueryTextAnalyzer.NormaliseName(name), Field.Store.NO));
                }
            }
        }

        foreach (var language in FieldNames.Languages)
        {
            var otherNames = source.Texts.Where(t => t.Key != language).SelectMany(t => new[] { t.Value.Name, t.Value.AlternateName });
            AddText(doc, FieldNames.OtherNames(language), Join([.. otherNames]), stored: false);
        }

        doc.Add(new SortedDocValuesField(FieldNames.SortName, new BytesRef(SortKey(source))));
        doc.Add(new Int32Field(FieldNames.MinMonths, source.MinMonths ?? int.MinValue, Field.Store.NO));
        doc.Add(new Int32Field(FieldNames.MaxMonths, source.MaxMonths ?? int.MaxValue, Field.Store.NO));
        doc.Add(new StringField(FieldNames.Nationwide, source.Nationwide ? "1" : "0", Field.Store.NO));
        doc.Add(new NumericDocValuesField(FieldNames.NationwideValue, source.Nationwide ? 1 : 0));
        doc.Add(new StringField(FieldNames.Urgency, source.Urgency, Field.Store.NO));

        AddFacet(doc, FieldNames.Municipality, source.MunicipalityCodes);
        AddFacet(doc, FieldNames.Need, source.Needs);
        AddFacet(doc, FieldNames.AgeGroup, source.AgeGroups);
        AddFacet(doc, FieldNames.Channel, source.Channels);
        AddFacet(doc, FieldNames.Language, source.Languages);
        AddFacet(doc, FieldNames.Free, [source.Free ? "true" : "false"]);
        AddFacet(doc, FieldNames.NoReferral, [source.NoReferral ? "true" : "false"]);
        return doc;
    }

    /// <summary>Sorting uses the primary-language name, or any name when that language has none.</summary>
    private static string SortKey(SearchDocument source)
    {
        var name = source.Texts.TryGetValue(source.PrimaryLanguage, out var primary) && !string.IsNullOrWhiteSpace(primary.Name)
            ? primary.Name
            : source.Texts.Values.Select(t => t.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? source.Slug;
        return name.ToLowerInvariant();
    }

    /// <summary>Term vectors serve "more like this" feedback without re-analysing the stored text.</summary>
    private static readonly FieldType StoredTextWithVectors = new(TextField.TYPE_STORED) { StoreTermVectors = true };

    private static void AddText(Document doc, string field, string? value, bool stored, bool vectors = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        doc.Add(vectors ? new Field(field, value, StoredTextWithVectors) : new TextField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    }

    private static void AddFacet(Document doc, string dimension, IEnumerable<string> values)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(dimension, value, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(FieldNames.FacetValues(dimension), new BytesRef(value)));
        }
    }

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(" \n ", present);
    }
}
