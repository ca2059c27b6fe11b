namespace SahkoinenPerhekeskus.Web.UrgentHelp;

/// <summary>Where the urgent-help box gets its entries.</summary>
public interface IUrgentHelpSource
{
    /// <summary>The entries in the given language (<c>fi</c>, <c>sv</c> or <c>en</c>), most urgent first.</summary>
    Task<IReadOnlyList<UrgentHelpItem>> GetAsync(string lang, CancellationToken ct);
}
