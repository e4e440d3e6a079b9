using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Time;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Catalogue;

namespace Training.Modules.Crafts.Shows;

/// <summary>
/// The bazaars and exhibitions still to come or under way, soonest first, each under its brand with the products
/// brought that are still in the catalogue. The facility is named only where its brand names it.
/// </summary>
internal sealed record ListUpcomingShows : IRequest<IReadOnlyList<UpcomingShow>>
{
    public const int Max = 100;

    /// <summary>Indonesia's westernmost zone: an event is over only when its last day has ended everywhere in the country.</summary>
    public const string LatestZone = "Asia/Jakarta";
}

internal sealed record UpcomingShow(Guid Id, ShowDetails Details, PublicBrandRef Brand, IReadOnlyList<ShowProduct> Products);

internal sealed record ShowProduct(string Slug, string Title);

internal sealed class ListUpcomingShowsHandler(IQuerySession session, IMediator mediator, TimeProvider clock) : IRequestHandler<ListUpcomingShows, IReadOnlyList<UpcomingShow>>
{
    public async Task<IReadOnlyList<UpcomingShow>> Handle(ListUpcomingShows query, CancellationToken cancellationToken)
    {
        var today = FacilityTime.Today(clock, ListUpcomingShows.LatestZone);
        var shows = await session.Query<CraftShow>()
            .Where(s => !s.Cancelled && s.EndsOn >= today)
            .OrderBy(s => s.StartsOn).ThenBy(s => s.EndsOn)
            .Take(ListUpcomingShows.Max)
            .ToListAsync(cancellationToken);
        var brands = (await session.LoadManyAsync<Brand>(cancellationToken, shows.Select(s => Brand.IdFor(s.FacilityId)).Distinct())).ToDictionary(b => b.FacilityId);
        var products = (await session.LoadManyAsync<CatalogueEntry>(cancellationToken, shows.SelectMany(s => s.ProductIds).Distinct())).ToDictionary(p => p.Id);
        var upcoming = new List<UpcomingShow>();
        foreach (var show in shows.Where(s => brands.ContainsKey(s.FacilityId)))
        {
            var brought = show.ProductIds.Select(products.GetValueOrDefault).OfType<CatalogueEntry>().Where(p => p.Listed).Select(p => new ShowProduct(p.Slug, p.Title));
            upcoming.Add(new UpcomingShow(show.Id, show.Details, await GetPublicProductHandler.BrandRefAsync(brands[show.FacilityId], mediator, cancellationToken), [.. brought]));
        }

        return upcoming;
    }
}

internal static class ListUpcomingShowsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/events", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new
                {
                    items = (await mediator.Send(new ListUpcomingShows(), ct)).Select(s => new
                    {
                        s.Id, s.Details.Title, s.Details.Place, s.Details.Regency, s.Details.StartsOn, s.Details.EndsOn, s.Details.Description,
                        brand = new { s.Brand.Name, s.Brand.Slug, facility = s.Brand.FacilityName },
                        products = s.Products,
                    }),
                }))
            .AllowAnonymous()
            .WithName(nameof(ListUpcomingShows))
            .WithTags("Crafts");
}
