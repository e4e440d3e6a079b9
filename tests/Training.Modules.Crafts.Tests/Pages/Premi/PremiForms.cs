using System.Net;
using System.Text.RegularExpressions;

namespace Training.Modules.Crafts.Tests.Pages.Premi;

/// <summary>A premi page read as a person's browser gets it, and its forms posted with their antiforgery token.</summary>
internal static partial class PremiForms
{
    /// <summary>The page's HTML with entities decoded, so that assertions read the text a person reads.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Loads <paramref name="page"/> for its antiforgery token, then posts the fields to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        var token = Token().Match(html).Groups[1].Value;
        var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(action, form);
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();
}
