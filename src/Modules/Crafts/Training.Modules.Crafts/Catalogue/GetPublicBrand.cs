using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.Modules.Crafts.Brands;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>A brand's page for anyone: its story, who sells and how to reach them, and its published products.</summary>
internal sealed record GetPublicBrand(string Slug) : IRequest<PublicBrand>;

internal sealed class GetPublicBrandValidator : AbstractValidator<GetPublicBrand>
{
    public GetPublicBrandValidator() => RuleFor(x => x.Slug).NotEmpty().MaximumLength(80);
}

internal sealed record PublicBrand(PublicBrandRef Ref, string Story, string? StoryEn, string? LogoUrl, IReadOnlyList<CatalogueItem> Products);

internal sealed class GetPublicBrandHandler(IQuerySession session, IMediator mediator) : IRequestHandler<GetPublicBrand, PublicBrand>
{
    /// <summary>A brand page lists this many products at most; the catalogue pages through the rest.</summary>
    private const int MaxProducts = 200;

    public async Task<PublicBrand> Handle(GetPublicBrand query, CancellationToken cancellationToken)
    {
        var slug = query.Slug.Trim().ToLowerInvariant();
        var brand = await session.Query<Brand>().FirstOrDefaultAsync(b => b.Slug == slug, cancellationToken) ?? throw new NotFound("brand", query.Slug);
        var products = await session.Query<CatalogueEntry>()
            .Where(e => e.FacilityId == brand.FacilityId && e.Listed)
            .OrderByDescending(e => e.PublishedAt)
            .Take(MaxProducts)
            .ToListAsync(cancellationToken);
        return new PublicBrand(
            await GetPublicProductHandler.BrandRefAsync(brand, mediator, cancellationToken), brand.Profile.Story, brand.Profile.StoryEn,
            brand.LogoFileId is null ? null : BrandLogos.Url(brand.Slug), [.. products.Select(SearchCatalogueHandler.Item)]);
    }
}

/// <summary>Where the public reads a brand's logo.</summary>
internal static class BrandLogos
{
    public static string Url(string slug) => $"/api/crafts/brands/{slug}/logo";
}

internal static class GetPublicBrandEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/brands/{slug}", async (string slug, IMediator mediator, CancellationToken ct) =>
            {
                var brand = await mediator.Send(new GetPublicBrand(slug), ct);
                return TypedResults.Ok(new
                {
                    brand.Ref.Name, brand.Ref.Slug, brand.Story, brand.StoryEn, brand.LogoUrl,
                    seller = new { name = brand.Ref.SellerName, contact = brand.Ref.SellerContact }, facility = brand.Ref.FacilityName,
                    products = brand.Products.Select(i => new { i.Slug, i.Title, i.Craft, i.PriceRupiah, i.PhotoUrl, i.InStock, i.LeadTimeDays }),
                });
            })
            .AllowAnonymous()
            .WithName(nameof(GetPublicBrand))
            .WithTags("Crafts");
}
