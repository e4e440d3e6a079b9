using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.MakerCredits;
using Training.Modules.Crafts.Products;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// "Karya &amp; premi saya": what the signed-in learner made (the batches she contributed to and her part), each
/// premi line from a sale, her payouts, what is hers to receive, and whether she is credited by an alias.
/// </summary>
internal sealed record GetMyPremi : IRequest<MyPremi>;

internal sealed record MyPremi(
    Rupiah BalanceRupiah,
    Rupiah CreditedRupiah,
    Rupiah PaidOutRupiah,
    Rupiah AwaitingPayoutRupiah,
    IReadOnlyList<MyPremiEntry> Entries,
    IReadOnlyList<MyBatch> Batches,
    MyMakerCredit? MakerCredit,
    string? TimeZone);

/// <summary>A line of her ledger, newest first: a premi from a sale ("Premi") or a payout ("Payout").</summary>
internal sealed record MyPremiEntry(
    string Kind,
    DateTimeOffset At,
    Rupiah AmountRupiah,
    string? ProductTitle,
    string? BatchCode,
    int? UnitsSold,
    string? PayoutMethod,
    bool? Confirmed);

/// <summary>A batch she helped make: her share of the work in percent, and how many of its units sold so far.</summary>
internal sealed record MyBatch(string Code, string ProductTitle, DateOnly ProducedOn, int Quantity, decimal MySharePercent, int UnitsSold);

internal sealed record MyMakerCredit(string Alias, DateTimeOffset Since);

internal sealed class GetMyPremiHandler(IQuerySession session, IMediator mediator, ICurrentUser user) : IRequestHandler<GetMyPremi, MyPremi>
{
    public async Task<MyPremi> Handle(GetMyPremi query, CancellationToken cancellationToken)
    {
        var me = user.Id!.Value;
        var ledger = await session.LoadAsync<PremiLedger>(PremiLedger.IdFor(me), cancellationToken);
        var lines = ledger?.Lines ?? [];
        var payouts = ledger?.Payouts ?? [];
        var batches = await session.Query<Batch>().Where(b => b.Makers.Any(m => m.LearnerId == me)).ToListAsync(cancellationToken);
        var titles = (await session.LoadManyAsync<Product>(cancellationToken, batches.Select(b => b.ProductId).Distinct()))
            .ToDictionary(p => p.Id, p => p.Description.Title);
        var credit = await session.LoadAsync<MakerCredit>(MakerCredit.IdFor(me), cancellationToken);
        var facilityId = (await mediator.Send(new GetLearnerSummary(me), cancellationToken))?.FacilityId;
        var zone = facilityId is { } facility ? (await mediator.Send(new GetFacility(facility), cancellationToken))?.TimeZone : null;

        IEnumerable<MyPremiEntry> entries =
        [
            .. lines.Select(l => new MyPremiEntry("Premi", l.SoldAt, l.Amount, l.ProductTitle, l.BatchCode, l.Units, null, null)),
            .. payouts.Where(p => p.CancelledAt is null).Select(p => new MyPremiEntry("Payout", p.ConfirmedAt ?? p.RecordedAt, p.Amount, null, null, null, p.Method.ToString(), p.Confirmed)),
        ];
        return new MyPremi(
            ledger?.Balance ?? Rupiah.Zero, ledger?.Credited ?? Rupiah.Zero, ledger?.PaidOut ?? Rupiah.Zero, ledger?.Awaiting ?? Rupiah.Zero,
            [.. entries.OrderByDescending(e => e.At)],
            [.. batches.OrderByDescending(b => b.ProducedOn).Select(b => new MyBatch(
                b.Code, titles.GetValueOrDefault(b.ProductId, ""), b.ProducedOn, b.Quantity, SharePercent(b, me),
                lines.Where(l => l.BatchId == b.Id).Sum(l => l.Units)))],
            credit is { Alias: { } alias, ConsentedAt: { } since } ? new MyMakerCredit(alias, since) : null,
            zone);
    }

    private static decimal SharePercent(Batch batch, Guid learnerId)
    {
        var all = batch.Makers.Sum(m => m.Share);
        return all == 0 ? 0 : Math.Round(100 * batch.Makers.Where(m => m.LearnerId == learnerId).Sum(m => m.Share) / all, 1);
    }
}

internal static class GetMyPremiEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/premi", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMyPremi(), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(GetMyPremi))
            .WithTags("Crafts");
}
