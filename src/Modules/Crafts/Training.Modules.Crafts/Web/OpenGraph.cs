namespace Training.Modules.Crafts.Web;

/// <summary>
/// What a link shared on WhatsApp or Instagram shows: title, a short description, a picture and the page's address,
/// all absolute under the public base address (<see cref="CraftsOptions"/>).
/// </summary>
internal sealed record OpenGraph(string Title, string Description, string Url, string? Image, string Type)
{
    private const int DescriptionLength = 200;

    public static OpenGraph For(CraftsOptions options, string title, string description, string path, string? imagePath, string type = "website") => new(
        title,
        description.Length > DescriptionLength ? description[..(DescriptionLength - 1)].TrimEnd() + "…" : description,
        new Uri(options.BaseUri, path.TrimStart('/')).AbsoluteUri,
        imagePath is null ? null : new Uri(options.BaseUri, imagePath.TrimStart('/')).AbsoluteUri,
        type);
}
