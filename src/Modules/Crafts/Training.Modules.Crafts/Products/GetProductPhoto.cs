using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Products;

/// <summary>A photo of a product of the caller's facility in any state (a draft's too), for its editor; anyone else gets 404.</summary>
internal sealed record GetProductPhoto(Guid ProductId, Guid PhotoId, bool Thumbnail) : IRequest<StoredFile>;

internal sealed class GetProductPhotoValidator : AbstractValidator<GetProductPhoto>
{
    public GetProductPhotoValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
        RuleFor(x => x.PhotoId).NotEmpty();
    }
}

internal sealed class GetProductPhotoHandler(IQuerySession session, IFileStore files, ICurrentUser user) : IRequestHandler<GetProductPhoto, StoredFile>
{
    public async Task<StoredFile> Handle(GetProductPhoto query, CancellationToken cancellationToken)
    {
        var product = user.EnsureSees(await session.LoadAsync<Product>(query.ProductId, cancellationToken), p => p.FacilityId, "product", query.ProductId);
        return product.PhotoIds.Contains(query.PhotoId)
            && await files.ReadAsync(query.PhotoId, AddProductPhotoHandler.Purpose, query.Thumbnail, cancellationToken) is { } file
            ? file
            : throw new NotFound("photo", query.PhotoId);
    }
}

internal static class GetProductPhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/products/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, bool? thumbnail, IMediator mediator, CancellationToken ct) =>
                ImageForms.Answer(await mediator.Send(new GetProductPhoto(id, photoId, thumbnail ?? false), ct)))
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.PlatformAdmin, Roles.Trainer, Roles.FacilityOfficer))
            .WithName(nameof(GetProductPhoto))
            .WithTags("Crafts");
}
