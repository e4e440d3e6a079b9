using System.Net.Http.Json;
using FluentAssertions;
using Training.Host.Tests.Probes.Contracts;
using Training.Testing;

namespace Training.Host.Tests.Relay;

internal static class Probing
{
    public static async Task<ProbeSentIntegrationEvent> SendProbe(this HttpClient client, Guid stream, int failuresBeforeSuccess = 0, bool alwaysFail = false)
    {
        var response = await client.PostAsJsonAsync("/api/probes", new { stream, failuresBeforeSuccess, alwaysFail });
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProbeSentIntegrationEvent>())!;
    }

    public static Task<Probes.Ledger.LedgerEntry?> LedgerReceives(this BekalApp app, Guid probeId) =>
        Eventually.Until(() => app.LedgerEntry(probeId), e => e is not null);
}
