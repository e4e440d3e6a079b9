using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// An officer records the buyer's payment once the quote was accepted: the quoted total exactly, by transfer
/// to the official account, in cash or by QRIS, with its reference (the transfer's or the receipt's) and the
/// day it arrived. No money moves through the platform.
/// </summary>
internal sealed record RecordPayment(Rupiah? AmountRupiah = null, string? Method = null, string? Reference = null, DateOnly? ReceivedOn = null) : ICommand<bool>
{
    public Guid OrderId { get; init; }
}

internal sealed class RecordPaymentValidator : AbstractValidator<RecordPayment>
{
    public RecordPaymentValidator()
    {
        RuleFor(x => x.OrderId).NotEmpty();
        RuleFor(x => x.AmountRupiah).NotNull().Must(a => a is { Amount: > 0 }).WithMessage("The amount is a whole number of rupiah above 0.");
        RuleFor(x => x.Method).Must(m => EnumNames.Find<PaymentMethod>(m) is not null).WithMessage("The method is Transfer, Cash or Qris.");
        RuleFor(x => x.Reference).NotEmpty().MaximumLength(100);
        RuleFor(x => x.ReceivedOn).NotNull();
    }
}

internal sealed class RecordPaymentHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordPayment, bool>
{
    public async Task<bool> Handle(RecordPayment command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Order>(command.OrderId, cancellationToken);
        var order = user.EnsureSees(stream.Aggregate, o => o.FacilityId, "order", command.OrderId);
        var facility = await mediator.Send(new GetFacility(order.FacilityId), cancellationToken);
        if (command.ReceivedOn!.Value > FacilityTime.Today(clock, facility?.TimeZone))
        {
            throw new RuleBroken("order.payment-in-future");
        }

        var payment = new Payment(command.AmountRupiah!.Value, EnumNames.Find<PaymentMethod>(command.Method)!.Value, command.Reference!.Trim(), command.ReceivedOn.Value);
        stream.AppendOne(order.Pay(payment, user.Id!.Value, clock.GetUtcNow()));
        return true;
    }
}

internal static class RecordPaymentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/orders/{id:guid}/payment", async (Guid id, RecordPayment command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { OrderId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(RecordPayment))
            .WithTags("Crafts");
}
