using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace SahkoinenPerhekeskus.Web.Charts;

/// <summary>
/// A horizontal bar chart as inline SVG: labels, bars and values, scaled to a fixed view box and to the page's width.
/// role="img" with a title that points to the table of the same figures; presentation attributes only (the CSP forbids
/// style attributes). Every text is HTML-encoded.
/// </summary>
public static class ChartSvg
{
    private const string Ink = "#1b1f24";
    private const string Bar = "#1a56a0";
    private const string Axis = "#5f6b7a";

    public static IHtmlContent Render(ChartTable table, string title)
    {
        var e = HtmlEncoder.Default;
        var titleId = table.Id + "-kaavio";
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"{e.Encode(titleId)}\" width=\"100%\" viewBox=\"0 0 {ChartTable.Width} {table.Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{e.Encode(titleId)}\">{e.Encode(title)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{ChartTable.LabelWidth}\" y1=\"0\" x2=\"{ChartTable.LabelWidth}\" y2=\"{table.Height}\" stroke=\"{Axis}\" stroke-width=\"1\"/>");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var y = (i * ChartTable.BarHeight) + 4;
            var length = table.BarLength(row);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{ChartTable.LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\" font-size=\"14\" fill=\"{Ink}\">{e.Encode(ChartTable.Abbreviate(row.Label))}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{ChartTable.LabelWidth}\" y=\"{y + 3}\" width=\"{length}\" height=\"{ChartTable.BarHeight - 8}\" fill=\"{Bar}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{ChartTable.LabelWidth + length + 6}\" y=\"{y + 18}\" font-size=\"14\" fill=\"{Ink}\">{e.Encode(row.ValueText)}</text>");
        }

        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }
}
