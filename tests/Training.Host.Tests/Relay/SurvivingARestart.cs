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
        Guid probeId;
        await using (var stopped = new BekalApp().OnDatabase(database).With("Marten:DaemonMode", "Disabled"))
        {
            await stopped.InitializeAsync();
            probeId = (await stopped.CreateClient().SendProbe(Guid.NewGuid())).ProbeId;
            await Task.Delay(TimeSpan.FromSeconds(1));
            (await stopped.LedgerEntry(probeId)).Should().BeNull("nothing relays while the daemon is off");
        }

        await using var restarted = new BekalApp().OnDatabase(database);
        await restarted.InitializeAsync();
        var entry = await restarted.LedgerReceives(probeId);
        entry.Should().NotBeNull();
        entry!.TimesApplied.Should().Be(1);
    }
}
