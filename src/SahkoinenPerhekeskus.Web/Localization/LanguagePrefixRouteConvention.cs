using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>
/// Gives every public page (not areas such as the editors' <c>/hallinta</c>) a copy of each of its routes under
/// <c>/sv</c> and <c>/en</c>. The copies do not take part in link generation, so <c>Url.Page</c> stays
/// unambiguous (it yields the Finnish URL); pages build language-aware links with <c>Url.Localized</c>.
/// </summary>
public sealed class LanguagePrefixRouteConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.AreaName is not null)
        {
            return;
        }

        var originals = model.Selectors.Where(selector => selector.AttributeRouteModel is not null).ToList();
        foreach (var language in SiteLanguage.All.Where(language => !language.IsDefault))
        {
            foreach (var original in originals)
            {
                var template = original.AttributeRouteModel!.Template ?? string.Empty;
                var prefixed = new SelectorModel(original);
                prefixed.AttributeRouteModel!.Template = Prefix(language.Code, template);
                prefixed.AttributeRouteModel.SuppressLinkGeneration = true;
                model.Selectors.Add(prefixed);
            }
        }
    }

    // Templates of pages with an absolute @page route may start with "/" or "~/"; the prefix must not be
    // dropped as AttributeRouteModel.CombineTemplates would do for such overrides.
    private static string Prefix(string code, string template)
    {
        var relative = template.TrimStart('~').TrimStart('/');
        return relative.Length == 0 ? code : code + "/" + relative;
    }
}
