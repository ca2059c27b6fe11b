namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// The file as a whole cannot be imported (not JSON, wrong shape, nested too deeply), so nothing was imported.
/// Problems in single records never throw: they are listed in <see cref="HsdsImportReport.Errors"/>.
/// </summary>
public sealed class HsdsImportException : Exception
{
    public HsdsImportException(string reason, long? line = null, long? position = null, Exception? inner = null)
        : base(Format(reason, line, position), inner)
    {
        Reason = reason;
        Line = line;
        Position = position;
    }

    public HsdsImportException()
        : this("the HSDS file could not be imported")
    {
    }

    public HsdsImportException(string message)
        : this(message, null, null, null)
    {
    }

    public HsdsImportException(string message, Exception innerException)
        : this(message, null, null, innerException)
    {
    }

    public string Reason { get; } = "";

    /// <summary>1-based line of the problem, when the JSON reader knows it.</summary>
    public long? Line { get; }

    /// <summary>1-based byte position in <see cref="Line"/>.</summary>
    public long? Position { get; }

    private static string Format(string reason, long? line, long? position) =>
        "The HSDS file was not imported; nothing was changed: "
        + reason
        + (line is { } l ? $" (line {l}" + (position is { } p ? $", position {p})" : ")") : "");
}
