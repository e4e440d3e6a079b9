using FluentAssertions;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.Modules.Crafts.Orders;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>An order's decisions: each step only from the one before it, payment only for the quoted total, no cancelling once paid.</summary>
public sealed class DecidingAnOrder
{
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly Guid ProductId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public void A_quote_is_accepted_only_once_and_not_before_it_is_given()
    {
        var requested = Requested();
        var accepted = Quoted().Apply(Quoted().Accept(Now));

        FluentActions.Invoking(() => requested.Accept(Now)).Should().Throw<RuleBroken>().Which.Code.Should().Be("order.not-quoted");
        FluentActions.Invoking(() => accepted.Accept(Now)).Should().Throw<RuleBroken>().Which.Code.Should().Be("order.not-quoted");
        FluentActions.Invoking(() => accepted.QuoteWith(AQuote(), Officer, Now)).Should().Throw<RuleBroken>().Which.Code.Should().Be("order.not-open-to-quote");
    }

    [Fact]
    public void Payment_is_for_the_quoted_total_with_shipping_and_a_paid_order_cannot_be_cancelled()
    {
        var accepted = Quoted().Apply(Quoted().Accept(Now));

        FluentActions.Invoking(() => accepted.Pay(Paying(300_000), Officer, Now)).Should().Throw<RuleBroken>().Which.Code.Should().Be("order.payment-not-total");
        var paid = accepted.Apply(accepted.Pay(Paying(325_000), Officer, Now));
        FluentActions.Invoking(() => paid.Cancel("Berubah pikiran", Officer, Now)).Should().Throw<RuleBroken>().Which.Code.Should().Be("order.paid");
        accepted.Cancel("Dana tidak datang", Officer, Now).ReleasedReservations.Should().BeTrue("an accepted order holds stock to give back");
        Quoted().Cancel("Stok habis", Officer, Now).ReleasedReservations.Should().BeFalse();
    }

    private static Order Requested() => Order.Create(new OrderRequested(Guid.NewGuid(), Guid.NewGuid(), "hash", new OrderRequest(
        new Buyer("Ibu Rina", "0812 3456 7890", null, null), new Delivery("Kalimantan Tengah", null), null,
        [new OrderLine(ProductId, "Tas Purun", "Weaving", 2, new Rupiah(150_000), false)], null), Now));

    private static Order Quoted()
    {
        var order = Requested();
        return order.Apply(order.QuoteWith(AQuote(), Officer, Now));
    }

    private static Quote AQuote() => new([new QuotedLine(ProductId, 2, new Rupiah(150_000))], new Rupiah(25_000), Today.AddDays(7));

    private static Payment Paying(long amount) => new(new Rupiah(amount), PaymentMethod.Transfer, "BRI 1", Today);
}
