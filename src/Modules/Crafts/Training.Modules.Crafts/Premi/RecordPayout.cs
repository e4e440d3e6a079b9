using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// An officer of the learner's facility records a payout of her premi: to her savings account or card (with its
/// reference) or in cash at release. It waits for a second officer's confirmation and may never take more than her
/// balance less the payouts already waiting.
/// </summary>
internal sealed record RecordPayout(Guid? LearnerId = null, Rupiah? AmountRupiah = null, string? Method = null, string? Reference = null) : ICommand<Guid>;

internal sealed class RecordPayoutValidator : AbstractValidator<RecordPayout>
{
    public RecordPayoutValidator()
    {
        RuleFor(x => x.LearnerId).NotNull().NotEmpty();
        RuleFor(x => x.AmountRupiah).NotNull().Must(a => a is not { Amount: <= 0 }).WithMessage("A payout is more than zero rupiah.");
        RuleFor(x => x.Method).Must(m => EnumNames.Find<PayoutMethod>(m) is not null).WithMessage("Use SavingsAccount, Card or CashAtRelease.");
        RuleFor(x => x.Reference).NotEmpty().When(x => EnumNames.Find<PayoutMethod>(x.Method) is not PayoutMethod.CashAtRelease)
            .WithMessage("A transfer to a savings account or card needs its reference.");
        RuleFor(x => x.Reference).MaximumLength(120);
    }
}

internal sealed class RecordPayoutHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordPayout, Guid>
{
    public async Task<Guid> Handle(RecordPayout command, CancellationToken cancellationToken)
    {
        var learnerId = command.LearnerId!.Value;
        var learner = await mediator.Send(new GetLearnerSummary(learnerId), cancellationToken);
        if (learner is null || !user.IsInRole(Roles.FacilityOfficer) || user.FacilityId != learner.FacilityId)
        {
            throw new NotFound("learner", learnerId);
        }

        var stream = await session.Events.FetchForWriting<PremiLedger>(PremiLedger.IdFor(learnerId), cancellationToken);
        var payout = new Payout(Guid.NewGuid(), learner.FacilityId, command.AmountRupiah!.Value, EnumNames.Find<PayoutMethod>(command.Method)!.Value,
            command.Reference?.Trim() ?? "", user.Id!.Value, clock.GetUtcNow());
        stream.AppendOne(PremiLedger.RecordPayout(stream.Aggregate, learnerId, payout));
        return payout.Id;
    }
}

internal static class RecordPayoutEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/payouts", async (RecordPayout command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/crafts/payouts/{id}", new { id });
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .CreatesResource()
            .WithName(nameof(RecordPayout))
            .WithTags("Crafts");
}
