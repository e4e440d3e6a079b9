using System.Net.Http.Json;
using Training.BuildingBlocks.Relay;

namespace Training.Host.Tests.Relay;

internal static class DeadLetterReading
{
    public static async Task<IReadOnlyList<DeadLetterView>> DeadLetters(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<DeadLetterView>>("/api/admin/dead-letters"))!;
}
