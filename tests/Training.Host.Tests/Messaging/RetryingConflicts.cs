using FluentAssertions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.Host.Tests.Probes.Producer;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Messaging;

/// <summary>
/// A command that loses a race is tried again by the pipeline, in a fresh scope and session, never by
/// its handler: the probe's handler has no retry of its own, yet both racers succeed.
/// </summary>
public sealed class RetryingConflicts(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task Two_commands_racing_for_the_same_stream_both_succeed_the_loser_after_one_retry()
    {
        var stream = await StreamAsync(racers: 2);

        var versions = await Task.WhenAll(SendAsync(new TallyProbe(stream)), SendAsync(new TallyProbe(stream)));

        versions.Should().BeEquivalentTo([2L, 3L], "each decided on what the other had stored");
        await using var session = app.Store.LightweightSession();
        (await session.Events.FetchStreamAsync(stream)).Should().HaveCount(3);
        TallyGate.ByStream[stream].Runs.Should().Be(3, "the loser's handler ran once more, in a fresh scope");
    }

    [Fact]
    public async Task A_command_that_keeps_conflicting_is_tried_a_bounded_number_of_times_and_then_refused_as_a_conflict()
    {
        var stream = await StreamAsync(racers: 1);

        var sending = () => SendAsync(new TallyProbe(stream, Stale: true));

        // The conflict itself comes out, which pages and the API answer 409.
        (await sending.Should().ThrowAsync<Exception>()).Which.Should().Match<Exception>(e => Conflicts.IsConflict(e));
        TallyGate.ByStream[stream].Runs.Should().Be(ConflictRetryBehavior<TallyProbe, long>.Attempts);
        await using var session = app.Store.LightweightSession();
        (await session.Events.FetchStreamAsync(stream)).Should().HaveCount(1, "no attempt left anything behind");
    }

    private async Task<Guid> StreamAsync(int racers)
    {
        var stream = Guid.NewGuid();
        TallyGate.ByStream[stream] = new TallyGate(racers);
        await using var session = app.Store.LightweightSession();
        session.Events.StartStream(stream, new ProbeTallied(stream));
        await session.SaveChangesAsync();
        return stream;
    }

    private async Task<long> SendAsync(TallyProbe command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}
