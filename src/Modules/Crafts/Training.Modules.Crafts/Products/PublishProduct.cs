using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Products;

/// <summary>An officer of the product's facility puts a draft in the public catalogue, once the facility has a brand to sell it under.</summary>
internal sealed record PublishProduct(Guid ProductId) : ICommand<bool>;

internal sealed class PublishProductValidator : AbstractValidator<PublishProduct>
{
    public PublishProductValidator() => RuleFor(x => x.ProductId).NotEmpty();
}

internal sealed class PublishProductHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<PublishProduct, bool>
{
    public async Task<bool> Handle(PublishProduct command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Product>(command.ProductId, cancellationToken);
        var product = user.EnsureSees(stream.Aggregate, p => p.FacilityId, "product", command.ProductId);
        if (await session.LoadAsync<Brand>(Brand.IdFor(product.FacilityId), cancellationToken) is null)
        {
            throw new RuleBroken("brand.missing", isConflict: true);
        }

        stream.AppendOne(product.Publish(user.Id!.Value, clock.GetUtcNow()));
        return true;
    }
}

internal static class PublishProductEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/products/{id:guid}/publish", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new PublishProduct(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(PublishProduct))
            .WithTags("Crafts");
}
