using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Text;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Products;

/// <summary>
/// A trainer or officer of the product's facility changes what a draft or published product says, costs and how it
/// is made; a published product shows the change at once. Its slug stays, so shared links keep working.
/// </summary>
internal sealed record ReviseProduct(
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
    IReadOnlyList<string>? UnitCodes = null) : ICommand<bool>, IProductFields
{
    public Guid ProductId { get; init; }
}

internal sealed class ReviseProductValidator : AbstractValidator<ReviseProduct>
{
    public ReviseProductValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
        Include(new ProductFieldsValidator<ReviseProduct>());
    }
}

internal sealed class ReviseProductHandler(IDocumentSession session, PublicText publicText, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReviseProduct, bool>
{
    public async Task<bool> Handle(ReviseProduct command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Product>(command.ProductId, cancellationToken);
        var product = user.EnsureSees(stream.Aggregate, p => p.FacilityId, "product", command.ProductId);
        if (product.Status == ProductStatus.Retired)
        {
            throw new RuleBroken("product.retired", isConflict: true);
        }

        var (description, pricing) = await ProductFields.CheckedAsync(command, publicText, cancellationToken);
        stream.AppendOne(new ProductRevised(
            product.Id, description, pricing, ProductFields.Making(command), ProductFields.UnitCodes(command), user.Id!.Value, clock.GetUtcNow()));
        return true;
    }
}

internal static class ReviseProductEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/crafts/products/{id:guid}", async (Guid id, ReviseProduct command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { ProductId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.Trainer, Roles.FacilityOfficer))
            .WithName(nameof(ReviseProduct))
            .WithTags("Crafts");
}
