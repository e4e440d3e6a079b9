using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Premi;

/// <summary>A facility's allocation rules, oldest first: for platform admins and the facility's officers.</summary>
internal sealed record GetAllocationRules(Guid FacilityId) : IRequest<AllocationRulesView>;

internal sealed record AllocationRulesView(Guid FacilityId, IReadOnlyList<AllocationRuleView> Rules)
{
    public static AllocationRulesView Of(Guid facilityId, AllocationRules? rules) =>
        new(facilityId, [.. (rules?.Rules ?? []).Select(r => new AllocationRuleView(r.Shares.Premi, r.Shares.Pnbp, r.Shares.Capital, r.EffectiveFrom, r.LegalBasis, r.SetAt))]);
}

internal sealed record AllocationRuleView(decimal PremiPercent, decimal PnbpPercent, decimal CapitalPercent, DateOnly EffectiveFrom, string LegalBasis, DateTimeOffset SetAt);

internal sealed class GetAllocationRulesValidator : AbstractValidator<GetAllocationRules>
{
    public GetAllocationRulesValidator() => RuleFor(x => x.FacilityId).NotEmpty();
}

internal sealed class GetAllocationRulesHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetAllocationRules, AllocationRulesView>
{
    public async Task<AllocationRulesView> Handle(GetAllocationRules query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.PlatformAdmin) && !(user.IsInRole(Roles.FacilityOfficer) && user.MaySee(query.FacilityId)))
        {
            throw new NotFound("facility", query.FacilityId);
        }

        return AllocationRulesView.Of(query.FacilityId, await session.LoadAsync<AllocationRules>(AllocationRules.IdFor(query.FacilityId), cancellationToken));
    }
}

internal static class GetAllocationRulesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/allocation-rules/{facilityId:guid}", async (Guid facilityId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAllocationRules(facilityId), ct)))
            .RequireAuthorization(p => p.RequireClaim(BekalClaims.Role, Roles.PlatformAdmin, Roles.FacilityOfficer))
            .WithName(nameof(GetAllocationRules))
            .WithTags("Crafts");
}
