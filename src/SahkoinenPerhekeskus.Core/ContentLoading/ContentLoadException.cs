namespace SahkoinenPerhekeskus.Core.ContentLoading;

/// <summary>A content file that cannot be loaded. The message names the file and the field, so an editor can fix it.</summary>
public sealed class ContentLoadException : Exception
{
    public ContentLoadException(IReadOnlyList<ContentError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    public ContentLoadException(string file, string field, string problem)
        : this([new ContentError(file, field, problem)])
    {
    }

    public IReadOnlyList<ContentError> Errors { get; } = [];

    private static string Format(IReadOnlyList<ContentError> errors) =>
        "Content could not be loaded; nothing was changed:" + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Take(50).Select(e => "  " + e))
        + (errors.Count > 50 ? $"{Environment.NewLine}  … and {errors.Count - 50} more" : "");
}

public sealed record ContentError(string File, string Field, string Problem)
{
    public override string ToString() => $"{File}: {Field}: {Problem}";
}
