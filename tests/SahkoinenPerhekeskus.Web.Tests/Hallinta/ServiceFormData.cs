namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>The service editor's form fields for a snapshot, as a browser would post them.</summary>
public static class ServiceFormData
{
    public static List<KeyValuePair<string, string>> For(ServiceSnapshot s, Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.ServiceType"] = s.ServiceType ?? "",
            ["Form.Organisation"] = s.Organisation,
            ["Form.Name.Fi"] = s.Name.Fi,
            ["Form.Name.Sv"] = s.Name.Sv ?? "",
            ["Form.Name.En"] = s.Name.En ?? "",
            ["Form.Summary.Fi"] = s.Summary.Fi,
            ["Form.Description.Fi"] = s.Description.Fi,
            ["Form.Coverage"] = s.Coverage.ToString(),
            ["Form.MinAge"] = "",
            ["Form.MinAgeUnit"] = "v",
            ["Form.MaxAge"] = "",
            ["Form.MaxAgeUnit"] = "v",
            ["Form.Urgency"] = s.Urgency.ToString(),
            ["Form.OtherLanguages"] = "",
        };
        for (var i = 0; i < s.Channels.Count; i++)
        {
            var c = s.Channels[i];
            fields[$"Form.Channels[{i}].Kind"] = c.Kind.ToString();
            fields[$"Form.Channels[{i}].Value"] = c.Value ?? "";
            fields[$"Form.Channels[{i}].Street"] = c.Street ?? "";
            fields[$"Form.Channels[{i}].PostalCode"] = c.PostalCode ?? "";
            fields[$"Form.Channels[{i}].City"] = c.City ?? "";
            fields[$"Form.Channels[{i}].Hours"] = OpeningHoursText.Format(c.Hours);
        }

        change?.Invoke(fields);
        var list = fields.Where(f => f.Value is not null).ToList();
        list.AddRange(s.Municipalities.Select(m => new KeyValuePair<string, string>("Form.Municipalities", m)));
        list.AddRange(s.Areas.Select(a => new KeyValuePair<string, string>("Form.Areas", a)));
        list.AddRange(s.Languages.Select(l => new KeyValuePair<string, string>("Form.Languages", l)));
        list.AddRange(s.Needs.Select(n => new KeyValuePair<string, string>("Form.Needs", n)));
        list.AddRange(s.AgeGroups.Select(n => new KeyValuePair<string, string>("Form.AgeGroups", n)));
        if (s.NoReferral)
        {
            list.Add(new("Form.NoReferral", "true"));
        }

        if (s.IsFree)
        {
            list.Add(new("Form.IsFree", "true"));
        }

        return list;
    }
}
