using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// A platform admin sets how a facility's sale profits are divided from a day on, with the legal basis: the premi,
/// PNBP and capital percents (whole or with up to two decimals) sum to exactly 100. Sales that waited for a rule
/// in force on their day are divided right after; sales already divided keep their division.
/// </summary>
internal sealed record SetAllocationRule(
    decimal? PremiPercent = null,
    decimal? PnbpPercent = null,
    decimal? CapitalPercent = null,
    DateOnly? EffectiveFrom = null,
    string? LegalBasis = null) : ICommand<AllocationRulesView>
{
    public Guid FacilityId { get; init; }
}

internal sealed class SetAllocationRuleValidator : AbstractValidator<SetAllocationRule>
{
    public SetAllocationRuleValidator()
    {
        RuleFor(x => x.FacilityId).NotEmpty();
        RuleFor(x => x.PremiPercent).NotNull().InclusiveBetween(0, 100).PrecisionScale(5, 2, true);
        RuleFor(x => x.PnbpPercent).NotNull().InclusiveBetween(0, 100).PrecisionScale(5, 2, true);
        RuleFor(x => x.CapitalPercent).NotNull().InclusiveBetween(0, 100).PrecisionScale(5, 2, true);
        RuleFor(x => x).Must(x => x.PremiPercent + x.PnbpPercent + x.CapitalPercent == 100)
            .When(x => x.PremiPercent is not null && x.PnbpPercent is not null && x.CapitalPercent is not null)
            .WithErrorCode("allocation.not-100").WithMessage("The three percents sum to exactly 100.");
        RuleFor(x => x.EffectiveFrom).NotNull();
        RuleFor(x => x.LegalBasis).NotEmpty().MaximumLength(500);
    }
}

internal sealed class SetAllocationRuleHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SetAllocationRule, AllocationRulesView>
{
    public async Task<AllocationRulesView> Handle(SetAllocationRule command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.PlatformAdmin) || await mediator.Send(new GetFacility(command.FacilityId), cancellationToken) is null)
        {
            throw new NotFound("facility", command.FacilityId);
        }

        var id = AllocationRules.IdFor(command.FacilityId);
        var stream = await session.Events.FetchForWriting<AllocationRules>(id, cancellationToken);
        var rule = new AllocationRule(
            new AllocationShares(command.PremiPercent!.Value, command.PnbpPercent!.Value, command.CapitalPercent!.Value), command.EffectiveFrom!.Value,
            command.LegalBasis!.Trim(), user.Id!.Value, clock.GetUtcNow());
        var set = new AllocationRuleSet(id, command.FacilityId, rule);
        stream.AppendMany(set, new WaitingSalesToAllocate(command.FacilityId));
        var rules = stream.Aggregate?.Apply(set) ?? AllocationRules.Create(set);
        return AllocationRulesView.Of(command.FacilityId, rules);
    }
}

internal static class SetAllocationRuleEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/crafts/allocation-rules/{facilityId:guid}", async (Guid facilityId, SetAllocationRule command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { FacilityId = facilityId }, ct)))
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(SetAllocationRule))
            .WithTags("Crafts");
}
