using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.Modules.Crafts.Brands;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>A brand's logo, for anyone: the brand is public by its slug.</summary>
internal sealed record GetBrandLogo(string Slug) : IRequest<StoredFile>;

internal sealed class GetBrandLogoValidator : AbstractValidator<GetBrandLogo>
{
    public GetBrandLogoValidator() => RuleFor(x => x.Slug).NotEmpty().MaximumLength(80);
}

internal sealed class GetBrandLogoHandler(IQuerySession session, IFileStore files) : IRequestHandler<GetBrandLogo, StoredFile>
{
    public async Task<StoredFile> Handle(GetBrandLogo query, CancellationToken cancellationToken)
    {
        var slug = query.Slug.Trim().ToLowerInvariant();
        var brand = await session.Query<Brand>().FirstOrDefaultAsync(b => b.Slug == slug, cancellationToken);
        return brand?.LogoFileId is { } fileId && await files.ReadAsync(fileId, ChangeBrandLogoHandler.Purpose, false, cancellationToken) is { } file
            ? file
            : throw new NotFound("brand", query.Slug);
    }
}

internal static class GetBrandLogoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/brands/{slug}/logo", async (string slug, IMediator mediator, CancellationToken ct) => ImageForms.Answer(await mediator.Send(new GetBrandLogo(slug), ct)))
            .AllowAnonymous()
            .WithName(nameof(GetBrandLogo))
            .WithTags("Crafts");
}
