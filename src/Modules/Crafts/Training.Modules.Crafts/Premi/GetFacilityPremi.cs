using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// The officer's premi page: each maker of the facility with premi, her balance and the payouts awaiting a second
/// officer; the PNBP allocated against the PNBP deposited; and how many sales wait for an allocation rule.
/// </summary>
internal sealed record GetFacilityPremi : IRequest<FacilityPremi>;

internal sealed record FacilityPremi(
    IReadOnlyList<MakerBalance> Makers,
    IReadOnlyList<AwaitingPayout> AwaitingPayouts,
    Rupiah PnbpAllocatedRupiah,
    Rupiah PnbpDepositedRupiah,
    IReadOnlyList<PnbpDepositView> Deposits,
    int SalesAwaitingRule)
{
    /// <summary>PNBP allocated and not yet deposited (negative when more was deposited).</summary>
    public Rupiah PnbpOutstandingRupiah => PnbpAllocatedRupiah - PnbpDepositedRupiah;
}

internal sealed record MakerBalance(Guid LearnerId, string FullName, string LearnerNumber, bool Released, Rupiah CreditedRupiah, Rupiah PaidOutRupiah, Rupiah AwaitingRupiah, Rupiah BalanceRupiah);

internal sealed record AwaitingPayout(Guid PayoutId, Guid LearnerId, string FullName, Rupiah AmountRupiah, string Method, string Reference, DateTimeOffset RecordedAt, bool RecordedByMe);

internal sealed record PnbpDepositView(Rupiah AmountRupiah, string Reference, DateOnly DepositedOn);

internal sealed class GetFacilityPremiHandler(IQuerySession session, IMediator mediator, ICurrentUser user) : IRequestHandler<GetFacilityPremi, FacilityPremi>
{
    public async Task<FacilityPremi> Handle(GetFacilityPremi query, CancellationToken cancellationToken)
    {
        var facilityId = user.OwnFacility();
        var learners = (await mediator.Send(new ListLearnersOfFacility(facilityId), cancellationToken)).ToDictionary(l => l.LearnerId);
        var ledgers = (await session.LoadManyAsync<PremiLedger>(cancellationToken, learners.Keys.Select(PremiLedger.IdFor))).ToList();

        // Released makers are no longer the facility's learners, but what is still theirs stays its officers' to pay.
        foreach (var released in await session.Query<PremiLedger>().Where(l => l.FacilityId == facilityId && l.ReleasedAt != null).ToListAsync(cancellationToken))
        {
            if (!learners.ContainsKey(released.LearnerId) && await mediator.Send(new GetLearnerSummary(released.LearnerId), cancellationToken) is { } summary)
            {
                learners[summary.LearnerId] = summary;
                ledgers.Add(released);
            }
        }

        var allocations = await session.Query<Allocation>().Where(a => a.FacilityId == facilityId).ToListAsync(cancellationToken);
        var deposits = await session.Query<PnbpDeposit>().Where(d => d.FacilityId == facilityId).ToListAsync(cancellationToken);

        var makers = ledgers
            .Select(l => (Ledger: l, Learner: learners[l.LearnerId]))
            .OrderBy(m => m.Learner.FullName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new FacilityPremi(
            [.. makers.Select(m => new MakerBalance(m.Learner.LearnerId, m.Learner.FullName, m.Learner.LearnerNumber, m.Learner.Released,
                m.Ledger.Credited, m.Ledger.PaidOut, m.Ledger.Awaiting, m.Ledger.Balance))],
            [.. makers.SelectMany(m => m.Ledger.Payouts.Where(p => p.Waiting && p.FacilityId == facilityId)
                    .Select(p => new AwaitingPayout(p.Id, m.Learner.LearnerId, m.Learner.FullName, p.Amount, p.Method.ToString(), p.Reference, p.RecordedAt, p.RecordedBy == user.Id)))
                .OrderBy(p => p.RecordedAt)],
            Rupiah.Sum(allocations.Select(a => a.Pnbp)),
            Rupiah.Sum(deposits.Select(d => d.Amount)),
            [.. deposits.OrderByDescending(d => d.DepositedOn).Select(d => new PnbpDepositView(d.Amount, d.Reference, d.DepositedOn))],
            allocations.Count(a => !a.Allocated));
    }
}

internal static class GetFacilityPremiEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/premi", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetFacilityPremi(), ct)))
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(GetFacilityPremi))
            .WithTags("Crafts");
}
