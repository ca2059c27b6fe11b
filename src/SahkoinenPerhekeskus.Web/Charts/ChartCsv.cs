using System.Text;

namespace SahkoinenPerhekeskus.Web.Charts;

/// <summary>An indicator's table as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read ä and ö).</summary>
public static class ChartCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] ToCsv(ChartTable table)
    {
        var sb = new StringBuilder();
        Line(sb, table.Headers);
        foreach (var row in table.Rows)
        {
            Line(sb, [row.Label, .. row.Cells]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
    }

    // Quotes always, doubles quotes, and defuses spreadsheet formulas (=, +, -, @) with a leading apostrophe.
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
