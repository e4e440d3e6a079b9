using FluentAssertions;
using Marten.Events.Daemon.Coordination;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.Host.Tests.Probes.Contracts;
using Training.Host.Tests.Probes.Flaky;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Relay;

public sealed class DeliveringIntegrationEvents(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_consumer_that_fails_twice_gets_the_event_and_the_other_consumer_gets_it_exactly_once()
    {
        var probe = await app.CreateClient().SendProbe(Guid.NewGuid(), failuresBeforeSuccess: 2);

        var receipt = await Eventually.Until(() => app.FlakyReceipt(probe.ProbeId), r => r is not null);
        receipt.Should().NotBeNull("the relay retries a failing handler");
        receipt!.Attempts.Should().Be(3);
        var entry = await app.LedgerReceives(probe.ProbeId);
        entry!.TimesApplied.Should().Be(1);
    }

    [Fact]
    public void The_mediator_knows_no_integration_event_handler_so_a_publish_cannot_bypass_the_inboxes()
    {
        using var scope = app.Services.CreateScope();

        scope.ServiceProvider.GetServices<INotificationHandler<ProbeSentIntegrationEvent>>()
            .Should().BeEmpty("only the relay delivers integration events, each through its module's inbox");
    }

    [Fact]
    public async Task Delivering_the_same_events_again_changes_the_consumer_once()
    {
        var client = app.CreateClient();
        var stream = Guid.NewGuid();
        var first = await client.SendProbe(stream);
        var second = await client.SendProbe(stream);
        await app.LedgerReceives(second.ProbeId);

        // Replay the whole Ledger subscription from the start: every event is delivered again.
        var daemon = app.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RewindSubscriptionAsync("LedgerInbox", CancellationToken.None, sequenceFloor: 0);
        var third = await client.SendProbe(stream);
        await app.LedgerReceives(third.ProbeId);

        (await app.LedgerEntry(first.ProbeId))!.TimesApplied.Should().Be(1);
        (await app.LedgerEntry(second.ProbeId))!.TimesApplied.Should().Be(1);
        var streams = await app.LedgerStreams();
        streams.Single(s => s.Id == stream).Numbers.Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task A_handler_that_keeps_failing_goes_to_dead_letters_and_can_be_retried_from_there()
    {
        var client = await app.AdminAsync();
        var probe = await client.SendProbe(Guid.NewGuid(), alwaysFail: true);
        await app.LedgerReceives(probe.ProbeId);

        var letters = await Eventually.Until(
            () => client.DeadLetters(), l => l.Any(d => d.EventId != Guid.Empty && d.Module == "Flaky" && d.Error.Contains(probe.ProbeId.ToString())));
        var letter = letters.Single(d => d.Module == "Flaky" && d.Error.Contains(probe.ProbeId.ToString()));
        letter.EventType.Should().Be("ProbeSentIntegrationEvent");
        letter.Attempts.Should().Be(5);
        (await app.FlakyReceipt(probe.ProbeId)).Should().BeNull();

        var stillFailing = await client.PostAsync($"/api/admin/dead-letters/{letter.Id}/retry", null);
        stillFailing.StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);

        FlakyModule.Healed[probe.ProbeId] = true;
        var retried = await client.PostAsync($"/api/admin/dead-letters/{letter.Id}/retry", null);
        retried.StatusCode.Should().Be(System.Net.HttpStatusCode.NoContent);

        (await app.FlakyReceipt(probe.ProbeId)).Should().NotBeNull();
        (await client.DeadLetters()).Should().NotContain(d => d.Id == letter.Id);
    }

    [Fact]
    public async Task A_parked_event_does_not_hold_back_later_events_of_the_same_module()
    {
        var client = app.CreateClient();
        await client.SendProbe(Guid.NewGuid(), alwaysFail: true);
        var later = await client.SendProbe(Guid.NewGuid());

        var receipt = await Eventually.Until(() => app.FlakyReceipt(later.ProbeId), r => r is not null);
        receipt.Should().NotBeNull();
    }
}
