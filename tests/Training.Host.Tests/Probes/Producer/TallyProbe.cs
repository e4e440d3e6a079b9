using System.Collections.Concurrent;
using Marten;
using MediatR;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;

namespace Training.Host.Tests.Probes.Producer;

/// <summary>
/// Reads a stream's version, waits at its gate until every racer has read, then appends expecting the
/// version it read: racers at one gate lose to each other as two people saving one record at once do.
/// A stale one expects a version that never comes, so it conflicts on every attempt. No retry of its own.
/// </summary>
internal sealed record TallyProbe(Guid Stream, bool Stale = false) : ICommand<long>;

internal sealed record ProbeTallied(Guid Stream);

/// <summary>Where racers of one stream meet, and how often the handler was run for it.</summary>
internal sealed class TallyGate(int racers)
{
    public static readonly ConcurrentDictionary<Guid, TallyGate> ByStream = new();

    private readonly TaskCompletionSource _allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;
    private int _runs;

    public int Runs => _runs;

    public void Ran() => Interlocked.Increment(ref _runs);

    public Task ReadAsync()
    {
        if (Interlocked.Increment(ref _reads) >= racers)
        {
            _allRead.TrySetResult();
        }

        return _allRead.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}

internal sealed class TallyProbeHandler(IDocumentSession session) : IRequestHandler<TallyProbe, long>
{
    public async Task<long> Handle(TallyProbe command, CancellationToken cancellationToken)
    {
        var gate = TallyGate.ByStream.GetOrAdd(command.Stream, _ => new TallyGate(racers: 1));
        gate.Ran();
        var version = (await session.Events.FetchStreamStateAsync(command.Stream, cancellationToken) ?? throw new NotFound("tally stream", command.Stream)).Version;
        await gate.ReadAsync();
        var expected = version + (command.Stale ? 2 : 1);
        session.Events.Append(command.Stream, expected, new ProbeTallied(command.Stream));
        return expected;
    }
}
