using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Text;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Products;

/// <summary>
/// A trainer (or officer) drafts a product of their facility: what it is, its price with wholesale steps,
/// how it is ordered and made, and the competency units practised in making it. Drafts are not public.
/// </summary>
internal sealed record DraftProduct(
    string? Title = null,
    string? TitleEn = null,
    string? Description = null,
    string? DescriptionEn = null,
    string? Craft = null,
    string? Materials = null,
    string? MaterialOrigin = null,
    string? Dimensions = null,
    int? WeightGrams = null,
    string? Care = null,
    Rupiah? PriceRupiah = null,
    IReadOnlyList<WholesaleStep>? Wholesale = null,
    int? MinimumOrder = null,
    int? OrderMultiple = null,
    bool MadeToOrder = false,
    int? LeadTimeDays = null,
    IReadOnlyList<string>? UnitCodes = null) : ICommand<Guid>, IProductFields;

internal sealed class DraftProductValidator : AbstractValidator<DraftProduct>
{
    public DraftProductValidator() => Include(new ProductFieldsValidator<DraftProduct>());
}

internal sealed class DraftProductHandler(IDocumentSession session, PublicText publicText, ICurrentUser user, TimeProvider clock) : IRequestHandler<DraftProduct, Guid>
{
    public async Task<Guid> Handle(DraftProduct command, CancellationToken cancellationToken)
    {
        var facilityId = user.OwnFacility();
        var (description, pricing) = await ProductFields.CheckedAsync(command, publicText, cancellationToken);
        var id = Guid.NewGuid();
        session.Events.StartStream<Product>(id, new ProductDrafted(
            id, facilityId, Slugs.Unique(description.Title, id), description, pricing, ProductFields.Making(command), ProductFields.UnitCodes(command),
            user.Id!.Value, clock.GetUtcNow()));
        return id;
    }
}

internal static class DraftProductEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/products", async (DraftProduct command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/crafts/products/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.Trainer, Roles.FacilityOfficer))
            .WithName(nameof(DraftProduct))
            .WithTags("Crafts");
}
