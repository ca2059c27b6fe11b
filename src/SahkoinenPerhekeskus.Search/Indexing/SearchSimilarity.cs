using Lucene.Net.Search.Similarities;

namespace SahkoinenPerhekeskus.Search.Indexing;

/// <summary>
/// BM25 with a coordination factor: a document matching two of three query words scores two thirds of its
/// sum. BM25 alone lets one rare word in a name outrank a text that has every word the user typed. Query
/// builders switch coordination off on the clauses where it would only add noise.
/// </summary>
internal sealed class SearchSimilarity(float k1 = 1.2f, float b = 0.75f) : BM25Similarity(k1, b)
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 0 ? 1f : (float)overlap / maxOverlap;
}
