using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Batches;

/// <summary>A product's batches for its facility's staff, newest first: what was made when, and the code its tags carry.</summary>
internal sealed record ListBatches(Guid ProductId) : IRequest<IReadOnlyList<BatchRow>>;

internal sealed record BatchRow(Guid Id, string Code, int Quantity, DateOnly ProducedOn)
{
    /// <summary>The first tag of each file of tags: one file for a small batch, several for a large one.</summary>
    public IEnumerable<int> TagFileStarts => Enumerable.Range(0, ((Quantity - 1) / PrintBatchTags.MaxPerFile) + 1).Select(i => 1 + (i * PrintBatchTags.MaxPerFile));
}

internal sealed class ListBatchesHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ListBatches, IReadOnlyList<BatchRow>>
{
    public async Task<IReadOnlyList<BatchRow>> Handle(ListBatches query, CancellationToken cancellationToken)
    {
        user.EnsureSees(await session.LoadAsync<Product>(query.ProductId, cancellationToken), p => p.FacilityId, "product", query.ProductId);
        var batches = await session.Query<Batch>().Where(b => b.ProductId == query.ProductId).ToListAsync(cancellationToken);
        return [.. batches.OrderByDescending(b => b.ProducedOn).ThenBy(b => b.Code).Select(b => new BatchRow(b.Id, b.Code, b.Quantity, b.ProducedOn))];
    }
}

internal static class ListBatchesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/products/{id:guid}/batches", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { items = await mediator.Send(new ListBatches(id), ct) }))
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.Trainer, Roles.FacilityOfficer, Roles.PlatformAdmin))
            .WithName(nameof(ListBatches))
            .WithTags("Crafts");
}
