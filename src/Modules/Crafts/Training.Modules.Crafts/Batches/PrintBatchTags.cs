using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Batches;

/// <summary>
/// Hang-tags for a batch, one per unit made: a batch larger than one file's worth is printed in parts,
/// <see cref="From"/> the tag to start at. Staff of the batch's facility print them; a platform admin may too.
/// </summary>
internal sealed record PrintBatchTags(Guid BatchId, int From = 1, int? Count = null) : IRequest<PrintedTags>
{
    /// <summary>Enough for a day's batch, few enough that a shared printer is not held for long.</summary>
    public const int MaxPerFile = 200;
}

internal sealed record PrintedTags(string Code, byte[] Pdf);

internal sealed class PrintBatchTagsValidator : AbstractValidator<PrintBatchTags>
{
    public PrintBatchTagsValidator()
    {
        RuleFor(x => x.BatchId).NotEmpty();
        RuleFor(x => x.From).InclusiveBetween(1, RecordBatchValidator.MaxQuantity);
        RuleFor(x => x.Count).InclusiveBetween(1, PrintBatchTags.MaxPerFile);
    }
}

internal sealed class PrintBatchTagsHandler(IQuerySession session, ICurrentUser user, IOptions<CraftsOptions> options) : IRequestHandler<PrintBatchTags, PrintedTags>
{
    public async Task<PrintedTags> Handle(PrintBatchTags query, CancellationToken cancellationToken)
    {
        var batch = user.EnsureSees(await session.LoadAsync<Batch>(query.BatchId, cancellationToken), b => b.FacilityId, "batch", query.BatchId);
        if (query.From > batch.Quantity)
        {
            throw new RuleBroken("batch.tags-beyond-quantity");
        }

        var brand = await session.LoadAsync<Brand>(Brand.IdFor(batch.FacilityId), cancellationToken) ?? throw new RuleBroken("batch.tags-need-brand");
        var product = await session.LoadAsync<Product>(batch.ProductId, cancellationToken) ?? throw new NotFound("batch", query.BatchId);
        var count = Math.Min(query.Count ?? PrintBatchTags.MaxPerFile, batch.Quantity - query.From + 1);
        var url = new Uri(options.Value.BaseUri, "asal/" + Uri.EscapeDataString(batch.Code)).AbsoluteUri;
        var tag = new HangTag(brand.Profile.Name, product.Description.Title, batch.Code, PublicWords.Rupiah(product.Pricing.Retail.Amount), url);
        return new PrintedTags(batch.Code, HangTagPdf.Render(tag, query.From, count, batch.Quantity));
    }
}

internal static class PrintBatchTagsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/batches/{id:guid}/tags.pdf", async (Guid id, int? from, int? count, IMediator mediator, CancellationToken ct) =>
            {
                var tags = await mediator.Send(new PrintBatchTags(id, from ?? 1, count), ct);
                return Results.File(tags.Pdf, "application/pdf", $"label-{tags.Code}.pdf");
            })
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.Trainer, Roles.FacilityOfficer, Roles.PlatformAdmin))
            .WithName(nameof(PrintBatchTags))
            .WithTags("Crafts");
}
