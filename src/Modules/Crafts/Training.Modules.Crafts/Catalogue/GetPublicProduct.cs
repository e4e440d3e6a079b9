using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.Modules.Crafts.Brands;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>
/// A published product's page for anyone: what it is, its photos, price and wholesale steps, how to order it and
/// the competency units practised, under its brand. It names its facility only when the brand chose to.
/// </summary>
internal sealed record GetPublicProduct(string Slug) : IRequest<PublicProduct>;

internal sealed class GetPublicProductValidator : AbstractValidator<GetPublicProduct>
{
    public GetPublicProductValidator() => RuleFor(x => x.Slug).NotEmpty().MaximumLength(80);
}

/// <summary>The brand a product is sold under, as the public sees it; the facility only when the brand names itself.</summary>
internal sealed record PublicBrandRef(string Name, string Slug, string SellerName, string SellerContact, string? FacilityName);

internal sealed record PublicProduct(CatalogueEntry Entry, PublicBrandRef Brand);

internal sealed class GetPublicProductHandler(IQuerySession session, IMediator mediator) : IRequestHandler<GetPublicProduct, PublicProduct>
{
    public async Task<PublicProduct> Handle(GetPublicProduct query, CancellationToken cancellationToken)
    {
        var slug = query.Slug.Trim().ToLowerInvariant();
        var entry = await session.Query<CatalogueEntry>().FirstOrDefaultAsync(e => e.Slug == slug && e.Listed, cancellationToken)
            ?? throw new NotFound("product", query.Slug);
        var brand = await session.LoadAsync<Brand>(Brand.IdFor(entry.FacilityId), cancellationToken) ?? throw new NotFound("product", query.Slug);
        return new PublicProduct(entry, await BrandRefAsync(brand, mediator, cancellationToken));
    }

    public static async Task<PublicBrandRef> BrandRefAsync(Brand brand, IMediator mediator, CancellationToken cancellationToken)
    {
        var facility = brand.NamesFacilityPublicly ? (await mediator.Send(new GetFacility(brand.FacilityId), cancellationToken))?.Name : null;
        return new PublicBrandRef(brand.Profile.Name, brand.Slug, brand.Seller.Name, brand.Seller.Contact, facility);
    }
}

internal static class GetPublicProductEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/products/{slug}", async (string slug, IMediator mediator, CancellationToken ct) =>
            {
                var (e, brand) = await mediator.Send(new GetPublicProduct(slug), ct);
                var d = e.Description;
                return TypedResults.Ok(new
                {
                    e.Id, e.Slug, d.Title, d.TitleEn, d.Description, d.DescriptionEn, craft = e.Craft, d.Materials, d.MaterialOrigin, d.Dimensions, d.WeightGrams, d.Care,
                    photos = e.PhotoIds.Select(p => new { url = PublicPhotos.Url(p), thumbnailUrl = PublicPhotos.ThumbnailUrl(p) }),
                    priceRupiah = e.Pricing.Retail,
                    wholesale = e.Pricing.Wholesale.Select(t => new { t.MinQuantity, priceRupiah = t.UnitPrice }),
                    e.Pricing.MinimumOrder, e.Pricing.OrderMultiple, e.Making.MadeToOrder, e.Making.LeadTimeDays, e.InStock, e.UnitCodes,
                    brand = new { brand.Name, brand.Slug, seller = new { name = brand.SellerName, contact = brand.SellerContact }, facility = brand.FacilityName },
                });
            })
            .AllowAnonymous()
            .WithName(nameof(GetPublicProduct))
            .WithTags("Crafts");
}
