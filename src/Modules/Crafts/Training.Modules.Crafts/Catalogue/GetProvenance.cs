using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Brands;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>
/// What a hang-tag's batch code tells anyone: the product, the month it was made, the competency units practised and
/// the programme that made it, credited to the artisans of its brand together. <see cref="Provenance.Credits"/> holds
/// the makers who chose to be credited by an alias: none until maker credit with consent fills it.
/// A batch of a product never published is unknown to the public.
/// </summary>
internal sealed record GetProvenance(string BatchCode) : IRequest<Provenance>;

internal sealed class GetProvenanceValidator : AbstractValidator<GetProvenance>
{
    public GetProvenanceValidator() => RuleFor(x => x.BatchCode).NotEmpty().MaximumLength(20);
}

internal sealed record Provenance(string Code, CatalogueEntry Product, DateOnly MadeIn, PublicBrandRef Brand, IReadOnlyList<string> Credits)
{
    /// <summary>The product's page is linked while it is in the catalogue; a retired product's tag still tells its story.</summary>
    public bool Listed => Product.Listed;
}

internal sealed class GetProvenanceHandler(IQuerySession session, IMediator mediator) : IRequestHandler<GetProvenance, Provenance>
{
    public async Task<Provenance> Handle(GetProvenance query, CancellationToken cancellationToken)
    {
        var code = query.BatchCode.Trim().ToUpperInvariant();
        var batch = await session.Query<Batch>().FirstOrDefaultAsync(b => b.Code == code, cancellationToken) ?? throw new NotFound("batch", query.BatchCode);
        var product = await session.LoadAsync<CatalogueEntry>(batch.ProductId, cancellationToken);
        var brand = await session.LoadAsync<Brand>(Brand.IdFor(batch.FacilityId), cancellationToken);
        if (product is not { PublishedAt: not null } || brand is null)
        {
            throw new NotFound("batch", query.BatchCode);
        }

        var month = new DateOnly(batch.ProducedOn.Year, batch.ProducedOn.Month, 1);
        return new Provenance(batch.Code, product, month, await GetPublicProductHandler.BrandRefAsync(brand, mediator, cancellationToken), []);
    }
}

internal static class GetProvenanceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/provenance/{batchCode}", async (string batchCode, IMediator mediator, CancellationToken ct) =>
            {
                var found = await mediator.Send(new GetProvenance(batchCode), ct);
                var product = found.Product;
                return TypedResults.Ok(new
                {
                    found.Code,
                    product = new { slug = found.Listed ? product.Slug : null, product.Title, product.Description.TitleEn, product.Craft, inCatalogue = found.Listed },
                    madeIn = found.MadeIn.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                    unitCodes = product.UnitCodes,
                    programme = new { found.Brand.Name, found.Brand.Slug, facility = found.Brand.FacilityName },
                    credit = $"Made by the artisans of {found.Brand.Name}",
                    creditId = $"Dibuat oleh para perajin {found.Brand.Name}",
                    credits = found.Credits,
                });
            })
            .AllowAnonymous()
            .WithName(nameof(GetProvenance))
            .WithTags("Crafts");
}
