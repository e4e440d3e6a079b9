using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.Modules.Crafts.Products;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>A photo of a published product (or its thumbnail), for anyone; a draft's, a retired product's or a removed photo is 404.</summary>
internal sealed record GetPublicPhoto(Guid PhotoId, bool Thumbnail) : IRequest<StoredFile>;

internal sealed class GetPublicPhotoValidator : AbstractValidator<GetPublicPhoto>
{
    public GetPublicPhotoValidator() => RuleFor(x => x.PhotoId).NotEmpty();
}

internal sealed class GetPublicPhotoHandler(IQuerySession session, IFileStore files) : IRequestHandler<GetPublicPhoto, StoredFile>
{
    public async Task<StoredFile> Handle(GetPublicPhoto query, CancellationToken cancellationToken)
    {
        var file = await files.ReadAsync(query.PhotoId, AddProductPhotoHandler.Purpose, query.Thumbnail, cancellationToken);
        var entry = file is null ? null : await session.LoadAsync<CatalogueEntry>(file.Subject.SubjectId, cancellationToken);
        return entry is { Listed: true } && entry.PhotoIds.Contains(query.PhotoId) ? file! : throw new NotFound("photo", query.PhotoId);
    }
}

/// <summary>Where the public reads a product's photos.</summary>
internal static class PublicPhotos
{
    public static string Url(Guid photoId) => $"/api/crafts/photos/{photoId}";

    public static string ThumbnailUrl(Guid photoId) => $"/api/crafts/photos/{photoId}/thumbnail";
}

internal static class GetPublicPhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/crafts/photos/{id:guid}", (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) => AnswerAsync(new GetPublicPhoto(id, false), mediator, response, ct))
            .AllowAnonymous()
            .WithName(nameof(GetPublicPhoto))
            .WithTags("Crafts");
        api.MapGet("/crafts/photos/{id:guid}/thumbnail", (Guid id, IMediator mediator, HttpResponse response, CancellationToken ct) => AnswerAsync(new GetPublicPhoto(id, true), mediator, response, ct))
            .AllowAnonymous()
            .WithName("GetPublicPhotoThumbnail")
            .WithTags("Crafts");
    }

    private static async Task<IResult> AnswerAsync(GetPublicPhoto query, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var file = await mediator.Send(query, ct);

        // A photo never changes under its id; a short public cache spares the database, and retiring hides it within minutes.
        response.Headers.CacheControl = "public, max-age=300";
        return ImageForms.Answer(file);
    }
}
