using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Catalogue;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Products;

/// <summary>
/// A trainer or officer of the product's facility adds a photo: re-encoded without metadata (no place, time or
/// device of the tablet that took it) and stored in the same save as the event. At most <see cref="AddProductPhotoHandler.MaxPhotos"/>.
/// </summary>
internal sealed record AddProductPhoto(Guid ProductId, byte[] Content) : ICommand<Guid>;

internal sealed class AddProductPhotoHandler(IDocumentSession session, IFileStore files, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddProductPhoto, Guid>
{
    public const int MaxPhotos = 8;

    public static readonly FilePurpose Purpose = new("Crafts", "product-photo");

    public async Task<Guid> Handle(AddProductPhoto command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Product>(command.ProductId, cancellationToken);
        var product = user.EnsureSees(stream.Aggregate, p => p.FacilityId, "product", command.ProductId);
        if (product.Status == ProductStatus.Retired)
        {
            throw new RuleBroken("product.retired", isConflict: true);
        }

        if (product.PhotoIds.Count >= MaxPhotos)
        {
            throw new RuleBroken("product.photos-full", isConflict: true);
        }

        var fileId = files.Save(session, new FileSubject(Purpose, product.FacilityId, product.Id), ImageUploads.Prepare(command.Content));
        stream.AppendOne(new ProductPhotoAdded(product.Id, fileId, user.Id!.Value, clock.GetUtcNow()));
        return fileId;
    }
}

internal static class AddProductPhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/products/{id:guid}/photos", async (Guid id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var photo = await ImageForms.ReadAsync(request, "image", ct);
                var photoId = await mediator.Send(new AddProductPhoto(id, photo), ct);
                return TypedResults.Created(PublicPhotos.Url(photoId), new { id = photoId, url = PublicPhotos.Url(photoId) });
            })
            .CreatesResource()
            .AcceptsImage()
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.Trainer, Roles.FacilityOfficer))
            .WithName(nameof(AddProductPhoto))
            .WithTags("Crafts");
}
