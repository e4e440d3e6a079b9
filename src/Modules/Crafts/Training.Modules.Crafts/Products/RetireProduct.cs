using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Products;

/// <summary>An officer of the product's facility takes it out of the catalogue for good; its page and photos leave the public at once.</summary>
internal sealed record RetireProduct(Guid ProductId) : ICommand<bool>;

internal sealed class RetireProductValidator : AbstractValidator<RetireProduct>
{
    public RetireProductValidator() => RuleFor(x => x.ProductId).NotEmpty();
}

internal sealed class RetireProductHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<RetireProduct, bool>
{
    public async Task<bool> Handle(RetireProduct command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Product>(command.ProductId, cancellationToken);
        var product = user.EnsureSees(stream.Aggregate, p => p.FacilityId, "product", command.ProductId);
        stream.AppendOne(product.Retire(user.Id!.Value, clock.GetUtcNow()));
        return true;
    }
}

internal static class RetireProductEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/products/{id:guid}/retire", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetireProduct(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(RetireProduct))
            .WithTags("Crafts");
}
