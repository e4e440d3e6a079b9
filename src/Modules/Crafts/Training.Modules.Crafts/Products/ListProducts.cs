using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Catalogue;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Products;

/// <summary>The products of the caller's facility in every state, the newest draft first: what trainers and officers work on.</summary>
internal sealed record ListProducts : IRequest<IReadOnlyList<StaffProductRow>>;

internal sealed record StaffProductRow(Guid Id, string Slug, string Title, string Craft, long PriceRupiah, ProductStatus Status, int Photos, bool InStock, DateTimeOffset DraftedAt);

internal sealed class ListProductsHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ListProducts, IReadOnlyList<StaffProductRow>>
{
    public async Task<IReadOnlyList<StaffProductRow>> Handle(ListProducts query, CancellationToken cancellationToken)
    {
        var facilityId = user.OwnFacility();
        var entries = await session.Query<CatalogueEntry>()
            .Where(e => e.FacilityId == facilityId)
            .OrderByDescending(e => e.DraftedAt)
            .Take(1000)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(e => new StaffProductRow(e.Id, e.Slug, e.Title, e.Craft, e.Price, e.Status, e.PhotoIds.Count, e.InStock, e.DraftedAt))];
    }
}

internal static class ListProductsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/products", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { items = (await mediator.Send(new ListProducts(), ct)).Select(p => new { p.Id, p.Slug, p.Title, p.Craft, p.PriceRupiah, status = p.Status.ToString(), p.Photos, p.InStock }) }))
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.Trainer, Roles.FacilityOfficer))
            .WithName(nameof(ListProducts))
            .WithTags("Crafts");
}
