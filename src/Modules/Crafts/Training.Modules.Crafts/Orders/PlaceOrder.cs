using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Products;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// Anyone, without an account, orders published products of one seller: how many of each, who they are and
/// how to reach them (phone or email), and the region to deliver to. A verified employer ordering from its
/// account buys as its organisation. The answer carries the private tracking token, shown only this once.
/// </summary>
internal sealed record PlaceOrder(
    IReadOnlyList<OrderLineInput>? Lines = null,
    BuyerInput? Buyer = null,
    string? Province = null,
    string? Regency = null,
    string? Note = null) : ICommand<PlacedOrder>;

internal sealed record OrderLineInput(Guid? ProductId = null, int? Quantity = null);

internal sealed record BuyerInput(string? Name = null, string? Phone = null, string? Email = null, string? Organisation = null);

internal sealed record PlacedOrder(Guid Id, string TrackingToken);

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrder>
{
    public const int MostLines = 20;

    public PlaceOrderValidator()
    {
        RuleFor(x => x.Lines).NotEmpty().Must(l => l is null || l.Count <= MostLines).WithMessage($"An order has 1 to {MostLines} lines.");
        RuleFor(x => x.Lines).Must(l => l is null || l.Select(x => x.ProductId).Distinct().Count() == l.Count)
            .WithErrorCode("order.duplicate-line").WithMessage("Each product appears once; say how many in its line.");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).NotEmpty();
            line.RuleFor(l => l.Quantity).NotNull().InclusiveBetween(1, 100_000);
        });
        RuleFor(x => x.Buyer).NotNull();
        RuleFor(x => x.Buyer!.Name).NotEmpty().MaximumLength(120).When(x => x.Buyer is not null);
        RuleFor(x => x.Buyer!.Phone).MaximumLength(32).Matches(@"^\+?[0-9 ()-]{6,}$").WithMessage("Use digits, spaces, dashes and an optional leading +.")
            .When(x => !string.IsNullOrWhiteSpace(x.Buyer?.Phone));
        RuleFor(x => x.Buyer!.Email).MaximumLength(254).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Buyer?.Email));
        RuleFor(x => x.Buyer).Must(b => !string.IsNullOrWhiteSpace(b!.Phone) || !string.IsNullOrWhiteSpace(b.Email)).When(x => x.Buyer is not null)
            .WithErrorCode("order.contact-needed").WithMessage("Give a phone number or an email address, so the seller can send the quote.");
        RuleFor(x => x.Buyer!.Organisation).MaximumLength(200).When(x => x.Buyer is not null);
        RuleFor(x => x.Province).NotEmpty().MaximumLength(80);
        RuleFor(x => x.Regency).MaximumLength(80);
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

internal sealed class PlaceOrderHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<PlaceOrder, PlacedOrder>
{
    public async Task<PlacedOrder> Handle(PlaceOrder command, CancellationToken cancellationToken)
    {
        var wanted = command.Lines!.Select(l => (ProductId: l.ProductId!.Value, Quantity: l.Quantity!.Value)).ToList();
        var products = (await session.LoadManyAsync<Product>(cancellationToken, wanted.Select(w => w.ProductId))).ToDictionary(p => p.Id);
        if (wanted.Any(w => !products.TryGetValue(w.ProductId, out var p) || !p.IsPublished))
        {
            throw new RuleBroken("order.product-unavailable");
        }

        if (products.Values.Select(p => p.FacilityId).Distinct().Count() > 1)
        {
            throw new RuleBroken("order.one-seller");
        }

        if (wanted.Any(w => !products[w.ProductId].Pricing.Allows(w.Quantity)))
        {
            throw new RuleBroken("order.quantity");
        }

        var lines = wanted.Select(w =>
        {
            var product = products[w.ProductId];
            return new OrderLine(product.Id, product.Description.Title, product.Description.Craft.ToString(), w.Quantity,
                product.Pricing.UnitPriceFor(w.Quantity), product.Making.MadeToOrder);
        }).ToList();
        var buyer = command.Buyer!;
        var employer = user.IsInRole(Roles.Employer) && await mediator.Send(new GetMyEmployer(), cancellationToken) is { Status: EmployerVerification.Verified } verified
            ? verified
            : null;
        var request = new OrderRequest(
            new Buyer(buyer.Name!.Trim(), Optional(buyer.Phone), Optional(buyer.Email), employer?.OrganizationName ?? Optional(buyer.Organisation)),
            new Delivery(command.Province!.Trim(), Optional(command.Regency)),
            Optional(command.Note),
            lines,
            employer?.EmployerId);
        var id = Guid.NewGuid();
        var token = TrackingTokens.New();
        session.Events.StartStream<Order>(id, new OrderRequested(id, products.Values.First().FacilityId, TrackingTokens.HashOf(token), request, clock.GetUtcNow()));
        return new PlacedOrder(id, token);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal static class PlaceOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/orders", async (PlaceOrder command, IMediator mediator, CancellationToken ct) =>
            {
                var placed = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/crafts/orders/{placed.Id}", new { id = placed.Id, trackingToken = placed.TrackingToken });
            })
            .CreatesResource()
            .AllowAnonymous()
            .RequireRateLimiting(OrderRateLimit.Policy)
            .WithName(nameof(PlaceOrder))
            .WithTags("Crafts");
}
