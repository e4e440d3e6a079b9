using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// An officer of the facility cancels a payout still waiting for confirmation (a wrong amount, a wrong account),
/// with a reason kept in the ledger; the amount is hers to pay out again at once.
/// </summary>
internal sealed record CancelPayout(string? Reason = null) : ICommand<Unit>
{
    public Guid PayoutId { get; init; }
}

internal sealed class CancelPayoutValidator : AbstractValidator<CancelPayout>
{
    public CancelPayoutValidator()
    {
        RuleFor(x => x.PayoutId).NotEmpty();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class CancelPayoutHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<CancelPayout, Unit>
{
    public async Task<Unit> Handle(CancelPayout command, CancellationToken cancellationToken)
    {
        var found = await session.Query<PremiLedger>().Where(l => l.Payouts.Any(p => p.Id == command.PayoutId)).FirstOrDefaultAsync(cancellationToken);
        var payout = found?.Payouts.Single(p => p.Id == command.PayoutId);
        if (payout is null || !user.IsInRole(Roles.FacilityOfficer) || user.FacilityId != payout.FacilityId)
        {
            throw new NotFound("payout", command.PayoutId);
        }

        var stream = await session.Events.FetchForWriting<PremiLedger>(found!.Id, cancellationToken);
        stream.AppendOne(stream.Aggregate!.Cancel(command.PayoutId, command.Reason!.Trim(), user.Id!.Value, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class CancelPayoutEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/payouts/{id:guid}/cancel", async (Guid id, CancelPayout command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { PayoutId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(CancelPayout))
            .WithTags("Crafts");
}
