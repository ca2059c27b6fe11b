namespace SahkoinenPerhekeskus.Search;

/// <summary>One line the regional admin saved, in the syntax of content/search/synonyms-xx.txt.</summary>
/// <param name="Language">fi, sv or en: the list the rule belongs to.</param>
public sealed record AdminSynonymRule(string Language, string Rule);

/// <summary>
/// The back office's synonym rules as one immutable set, searched on top of the shipped files.
/// </summary>
/// <param name="Stamp">Identifies the set's content in the database, so a node can tell cheaply whether its copy is current.</param>
public sealed record AdminSynonyms(string Stamp, IReadOnlyList<AdminSynonymRule> Rules)
{
    /// <summary>No admin rules: what a fresh index searches with until the database has been read.</summary>
    public static AdminSynonyms None { get; } = new("", []);
}
