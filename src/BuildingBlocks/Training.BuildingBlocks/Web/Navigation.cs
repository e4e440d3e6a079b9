namespace Training.BuildingBlocks.Web;

/// <summary>A link in the page shell's navigation, shown to whoever its policy admits (everyone when null).</summary>
public sealed record NavigationLink(string Href, string Text, string? Policy);

/// <summary>
/// A module's entries in the page shell's navigation. The host's layout asks every contributor,
/// in registration order, and shows each link the current user's policies allow.
/// </summary>
public interface INavigationContributor
{
    /// <summary>The links in the current request's language.</summary>
    IEnumerable<NavigationLink> Links();
}
