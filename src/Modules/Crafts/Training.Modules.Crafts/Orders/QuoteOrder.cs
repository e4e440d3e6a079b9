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
using Training.BuildingBlocks.Time;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// An officer of the seller's facility quotes an order: a unit price per line (by default the product's price
/// for that quantity, wholesale steps included), the shipping, and the day it will be ready. Until the buyer
/// accepts, a new quote replaces the last.
/// </summary>
internal sealed record QuoteOrder(IReadOnlyList<QuoteLineInput>? Lines = null, Rupiah? ShippingRupiah = null, DateOnly? ReadyBy = null) : ICommand<bool>
{
    public Guid OrderId { get; init; }
}

internal sealed record QuoteLineInput(Guid? ProductId = null, Rupiah? UnitPriceRupiah = null);

internal sealed class QuoteOrderValidator : AbstractValidator<QuoteOrder>
{
    public QuoteOrderValidator()
    {
        RuleFor(x => x.OrderId).NotEmpty();
        RuleFor(x => x.Lines).Must(l => l is null || l.Count <= PlaceOrderValidator.MostLines);
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).NotEmpty();
            line.RuleFor(l => l.UnitPriceRupiah).Must(p => p is null || (p.Value.Amount > 0 && p.Value <= ProductFieldsValidator<DraftProduct>.HighestPrice))
                .WithMessage("A unit price is a whole number of rupiah above 0.");
        });
        RuleFor(x => x.ShippingRupiah).Must(s => s is null || (!s.Value.IsNegative && s.Value <= ProductFieldsValidator<DraftProduct>.HighestPrice))
            .WithMessage("Shipping is a whole number of rupiah, 0 or more.");
        RuleFor(x => x.ReadyBy).NotNull();
    }
}

internal sealed class QuoteOrderHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<QuoteOrder, bool>
{
    public async Task<bool> Handle(QuoteOrder command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Order>(command.OrderId, cancellationToken);
        var order = user.EnsureSees(stream.Aggregate, o => o.FacilityId, "order", command.OrderId);
        var given = command.Lines ?? [];
        if (given.Any(g => order.Lines.All(l => l.ProductId != g.ProductId)))
        {
            throw new RuleBroken("order.quote-unknown-line");
        }

        var facility = await mediator.Send(new GetFacility(order.FacilityId), cancellationToken);
        if (command.ReadyBy!.Value < FacilityTime.Today(clock, facility?.TimeZone))
        {
            throw new RuleBroken("order.ready-by-past");
        }

        var products = (await session.LoadManyAsync<Product>(cancellationToken, order.Lines.Select(l => l.ProductId))).ToDictionary(p => p.Id);
        var lines = order.Lines.Select(l => new QuotedLine(
            l.ProductId,
            l.Quantity,
            given.FirstOrDefault(g => g.ProductId == l.ProductId)?.UnitPriceRupiah
                ?? products.GetValueOrDefault(l.ProductId)?.Pricing.UnitPriceFor(l.Quantity)
                ?? l.ListUnitPrice)).ToList();
        stream.AppendOne(order.QuoteWith(new Quote(lines, command.ShippingRupiah ?? Rupiah.Zero, command.ReadyBy.Value), user.Id!.Value, clock.GetUtcNow()));
        return true;
    }
}

internal static class QuoteOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/orders/{id:guid}/quote", async (Guid id, QuoteOrder command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { OrderId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(QuoteOrder))
            .WithTags("Crafts");
}
