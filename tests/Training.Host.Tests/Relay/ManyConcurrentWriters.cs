using FluentAssertions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.Host.Tests.Probes.Producer;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Relay;

public sealed class ManyConcurrentWriters(BekalApp app) : IClassFixture<BekalApp>
{
    private const int Writers = 8;
    private const int EventsPerWriter = 125;
    private const int StreamsPerWriter = 3;

    [Fact]
    public async Task A_thousand_events_from_eight_writers_all_arrive_once_each_in_stream_order()
    {
        var streams = Enumerable.Range(0, Writers)
            .Select(_ => Enumerable.Range(0, StreamsPerWriter).Select(_ => Guid.NewGuid()).ToArray())
            .ToArray();

        await Task.WhenAll(streams.Select(owned => Task.Run(async () =>
        {
            for (var i = 0; i < EventsPerWriter; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendProbe(owned[i % StreamsPerWriter]));
            }
        })));

        var entries = await Eventually.Until(() => app.LedgerEntries(), e => e.Count >= Writers * EventsPerWriter, TimeSpan.FromMinutes(2));
        entries.Should().HaveCount(Writers * EventsPerWriter);
        entries.Should().OnlyContain(e => e.TimesApplied == 1);

        var ledger = await app.LedgerStreams();
        ledger.Should().HaveCount(Writers * StreamsPerWriter);
        foreach (var stream in ledger)
        {
            stream.Numbers.Should().Equal(Enumerable.Range(1, stream.Numbers.Count), "events of one stream arrive in the order they were written");
        }

        ledger.Sum(s => s.Numbers.Count).Should().Be(Writers * EventsPerWriter);
    }
}
