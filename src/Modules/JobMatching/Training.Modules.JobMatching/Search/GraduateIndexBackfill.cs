using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Training.BuildingBlocks.Messaging;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// On start, when the search index is empty but visible listings exist (a database from before the
/// index, or one whose index was emptied), writes the index rows of every visible listing, so that
/// no graduate drops out of search. Does nothing once the index holds a row.
/// </summary>
internal sealed class GraduateIndexBackfill(IServiceScopeFactory scopes, ILogger<GraduateIndexBackfill> logger) : BackgroundService
{
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
        await using (var scope = scopes.CreateAsyncScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IQuerySession>();
            var filled = await session.QueryAsync<bool>($"select exists (select 1 from {GraduateIndex.QualifiedName(session)})", cancellationToken);
            if (filled[0])
            {
                return;
            }
        }

        var written = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var batch = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FillGraduateIndex(), cancellationToken);
            if (batch == 0)
            {
                break;
            }

            written += batch;
        }

        if (written > 0)
        {
            logger.LogInformation("Graduate search index filled from {Count} visible listings", written);
        }
    }
}

/// <summary>
/// Writes the index rows of one batch of visible listings that have none; answers how many. A request
/// or the relay changing one of them meanwhile writes its rows itself, and makes the batch lose its
/// race and be tried again without it.
/// </summary>
internal sealed record FillGraduateIndex : ICommand<int>;

internal sealed class FillGraduateIndexHandler(IDocumentSession session) : IRequestHandler<FillGraduateIndex, int>
{
    private const int Batch = 500;

    public async Task<int> Handle(FillGraduateIndex command, CancellationToken cancellationToken)
    {
        var index = GraduateIndex.QualifiedName(session);
        var batch = await session.QueryAsync<GraduateListing>(
            $"where (d.data ->> 'visible')::boolean and not exists (select 1 from {index} i where i.profile_id = d.id) limit {Batch}", cancellationToken);
        foreach (var listing in batch)
        {
            Listings.Update(session, listing);
        }

        return batch.Count;
    }
}
