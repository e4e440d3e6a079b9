using Marten;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// Sales not yet allocated for want of a rule (platform admins: every facility's; officers: their own); for officers,
/// payouts another officer recorded that wait for their confirmation, and premi unpaid at a maker's release.
/// </summary>
internal sealed class PremiTasks(IQuerySession session, ICurrentUser user, IStringLocalizer<CraftsResource> text) : ITaskContributor
{
    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken) => user.Role switch
    {
        Roles.PlatformAdmin => await AwaitingRuleAsync(null, "/crafts/allocation-rules", cancellationToken),
        Roles.FacilityOfficer when user.FacilityId is { } facility => await OfficerTasksAsync(facility, cancellationToken),
        _ => [],
    };

    private async Task<IReadOnlyList<PersonalTask>> AwaitingRuleAsync(Guid? facilityId, string href, CancellationToken cancellationToken)
    {
        var query = session.Query<Allocation>().Where(a => a.Shares == null);
        var waiting = await (facilityId is { } facility ? query.Where(a => a.FacilityId == facility) : query).ToListAsync(cancellationToken);
        return waiting.Count == 0
            ? []
            : [new("crafts.sales-awaiting-rule", text["Tasks.SalesAwaitingRule", waiting.Count], href, waiting.Count, waiting.Min(a => a.CompletedAt))];
    }

    private async Task<IReadOnlyList<PersonalTask>> OfficerTasksAsync(Guid facilityId, CancellationToken cancellationToken)
    {
        var tasks = new List<PersonalTask>(await AwaitingRuleAsync(facilityId, "/crafts/premi", cancellationToken));
        var me = user.Id ?? Guid.Empty;
        var toConfirm = (await session.Query<PremiLedger>().Where(l => l.Payouts.Any(p => p.FacilityId == facilityId && p.ConfirmedAt == null && p.CancelledAt == null)).ToListAsync(cancellationToken))
            .SelectMany(l => l.Payouts.Where(p => p.FacilityId == facilityId && p.Waiting && p.RecordedBy != me))
            .ToList();
        if (toConfirm.Count > 0)
        {
            tasks.Add(new("crafts.payouts-to-confirm", text["Tasks.PayoutsToConfirm", toConfirm.Count], "/crafts/premi", toConfirm.Count, toConfirm.Min(p => p.RecordedAt)));
        }

        var unpaid = (await session.Query<PremiLedger>().Where(l => l.FacilityId == facilityId && l.ReleasedAt != null).ToListAsync(cancellationToken))
            .Where(l => l.Balance > Rupiah.Zero)
            .ToList();
        if (unpaid.Count > 0)
        {
            tasks.Add(new("crafts.premi-unpaid-at-release", text["Tasks.PremiUnpaidAtRelease", unpaid.Count], "/crafts/premi", unpaid.Count, unpaid.Min(l => l.ReleasedAt)));
        }

        return tasks;
    }
}
