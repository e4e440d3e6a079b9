using JasperFx;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// On start, when the search index is empty but visible listings exist (a database from before the
/// index, or one whose index was emptied), writes the index rows of every visible listing, so that
/// no graduate drops out of search. Does nothing once the index holds a row.
/// </summary>
internal sealed class GraduateIndexBackfill(IDocumentStore store, ILogger<GraduateIndexBackfill> logger) : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await FillAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Filling the graduate search index failed; it is tried again on the next start");
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        var onlyWhenEmpty = true;
        while (true)
        {
            await using var session = store.LightweightSession();
            var index = GraduateIndex.QualifiedName(session);
            var gate = onlyWhenEmpty ? $"not exists (select 1 from {index}) and " : "";
            var batch = await session.QueryAsync<GraduateListing>(
                $"where {gate}(d.data ->> 'visible')::boolean and not exists (select 1 from {index} i where i.profile_id = d.id) limit {Batch}", cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var listing in batch)
            {
                Listings.Update(session, listing);
            }

            try
            {
                await session.SaveChangesAsync(cancellationToken);
                written += batch.Count;
            }
            catch (ConcurrencyException)
            {
                // A request or the relay changed one of these listings meanwhile, and wrote its rows: the others are found again.
            }

            onlyWhenEmpty = false;
        }

        if (written > 0)
        {
            logger.LogInformation("Graduate search index filled from {Count} visible listings", written);
        }
    }
}
