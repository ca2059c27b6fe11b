namespace SahkoinenPerhekeskus.Web.Charts;

/// <summary>How a chart's bars are scaled: shares from 0 to 100 %, or counts up to the largest.</summary>
public enum ChartScale
{
    Share = 0,
    Count = 1,
}

/// <summary>One row: its label (with the label's language when it differs from the page's), the bar's value and the cells after the label.</summary>
public sealed record ChartRow(string Label, double? Value, string ValueText, IReadOnlyList<string> Cells, string? LabelLang = null);

/// <summary>
/// One indicator: a bar chart and the table with the same figures (for screen readers and for copying), and the
/// unit of CSV export. <see cref="Headers"/> name the label column first, then <see cref="ChartRow.Cells"/>.
/// </summary>
public sealed record ChartTable(string Id, string Caption, IReadOnlyList<string> Headers, IReadOnlyList<ChartRow> Rows, ChartScale Scale, bool ShowChart = true)
{
    public const int BarHeight = 28;
    public const int Width = 640;
    public const int LabelWidth = 230;
    public const int BarArea = 320;
    public const int MaxLabelChars = 30;

    public double Max => Scale == ChartScale.Share ? 1 : Math.Max(1, Rows.Count == 0 ? 0 : Rows.Max(r => r.Value ?? 0));

    public int Height => (Rows.Count * BarHeight) + 8;

    /// <summary>The bar's length in chart units (0 for a missing value).</summary>
    public double BarLength(ChartRow row) => row.Value is { } v && v > 0 ? Math.Round(BarArea * Math.Min(v, Max) / Max, 1) : 0;

    public static string Abbreviate(string label) => label.Length <= MaxLabelChars ? label : string.Concat(label.AsSpan(0, MaxLabelChars - 1), "…");
}
