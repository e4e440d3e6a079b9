using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Web;

/// <summary>A graduate's card on an employer's page, linked to the profile when <paramref name="Href"/> is given.</summary>
internal sealed record CardView(GraduateCard Card, string? Href)
{
    public static CardView Linked(GraduateCard card) => new(card, $"/employer/graduates/{card.ProfileId}");
}
