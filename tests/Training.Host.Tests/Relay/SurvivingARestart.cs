using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Relay;

public sealed class SurvivingARestart
{
    [Fact]
    public async Task An_event_committed_while_the_relay_is_stopped_is_delivered_once_the_host_runs_again()
    {
        var database = await TestCluster.CreateDatabaseAsync();
        var stream = Guid.NewGuid();
        Guid probeId;
        long committed;
        await using (var stopped = new BekalApp().OnDatabase(database).With("Marten:DaemonMode", "Disabled"))
        {
            await stopped.InitializeAsync();
            probeId = (await stopped.CreateClient().SendProbe(stream)).ProbeId;
            committed = await stopped.LastSequenceOf(stream);
            (await stopped.LedgerCheckpoint()).Should().BeLessThan(committed, "nothing relays while the daemon is off");
            (await stopped.LedgerEntry(probeId)).Should().BeNull();
        }

        await using var restarted = new BekalApp().OnDatabase(database);
        await restarted.InitializeAsync();
        await Eventually.Until(() => restarted.LedgerCheckpoint(), checkpoint => checkpoint >= committed);
        var entry = await restarted.LedgerEntry(probeId);
        entry.Should().NotBeNull("the inbox passed the event's sequence, so it was delivered");
        entry!.TimesApplied.Should().Be(1);
    }
}
