using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Products;

/// <summary>A trainer or officer of the product's facility removes one of its photos; its bytes are deleted in the same save.</summary>
internal sealed record RemoveProductPhoto(Guid ProductId, Guid PhotoId) : ICommand<bool>;

internal sealed class RemoveProductPhotoValidator : AbstractValidator<RemoveProductPhoto>
{
    public RemoveProductPhotoValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
        RuleFor(x => x.PhotoId).NotEmpty();
    }
}

internal sealed class RemoveProductPhotoHandler(IDocumentSession session, IFileStore files, ICurrentUser user, TimeProvider clock) : IRequestHandler<RemoveProductPhoto, bool>
{
    public async Task<bool> Handle(RemoveProductPhoto command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Product>(command.ProductId, cancellationToken);
        var product = user.EnsureSees(stream.Aggregate, p => p.FacilityId, "product", command.ProductId);
        if (!product.PhotoIds.Contains(command.PhotoId))
        {
            throw new NotFound("photo", command.PhotoId);
        }

        files.Delete(session, command.PhotoId);
        stream.AppendOne(new ProductPhotoRemoved(product.Id, command.PhotoId, user.Id!.Value, clock.GetUtcNow()));
        return true;
    }
}

internal static class RemoveProductPhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/crafts/products/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveProductPhoto(id, photoId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.Trainer, Roles.FacilityOfficer))
            .WithName(nameof(RemoveProductPhoto))
            .WithTags("Crafts");
}
