using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Contracts;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// A second officer of the same facility confirms a payout: only then does it leave the maker's balance. The
/// officer who recorded it may not confirm it; another facility's officer is told it does not exist.
/// </summary>
internal sealed record ConfirmPayout(Guid PayoutId) : ICommand<Unit>;

internal sealed class ConfirmPayoutValidator : AbstractValidator<ConfirmPayout>
{
    public ConfirmPayoutValidator() => RuleFor(x => x.PayoutId).NotEmpty();
}

internal sealed class ConfirmPayoutHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<ConfirmPayout, Unit>
{
    public async Task<Unit> Handle(ConfirmPayout command, CancellationToken cancellationToken)
    {
        var found = await session.Query<PremiLedger>().Where(l => l.Payouts.Any(p => p.Id == command.PayoutId)).FirstOrDefaultAsync(cancellationToken);
        var payout = found?.Payouts.Single(p => p.Id == command.PayoutId);
        if (payout is null || !user.IsInRole(Roles.FacilityOfficer) || user.FacilityId != payout.FacilityId)
        {
            throw new NotFound("payout", command.PayoutId);
        }

        var stream = await session.Events.FetchForWriting<PremiLedger>(found!.Id, cancellationToken);
        var confirmed = stream.Aggregate!.Confirm(command.PayoutId, user.Id!.Value, clock.GetUtcNow());
        stream.AppendMany(confirmed, new PremiPaidOutIntegrationEvent(payout.Id, found.LearnerId, payout.FacilityId, payout.Amount, payout.Method.ToString(), confirmed.At));
        return Unit.Value;
    }
}

internal static class ConfirmPayoutEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/payouts/{id:guid}/confirm", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ConfirmPayout(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(ConfirmPayout))
            .WithTags("Crafts");
}
