using System.Net;
using FluentAssertions;
using Training.Testing.Driving;
using Training.Testing;
using Xunit;

namespace Training.SystemTests.Access;

public sealed class EveryEndpointIsGuarded(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public void Every_endpoint_of_the_host_has_a_row_in_the_access_matrix()
    {
        var rows = AccessMatrix.Rows.Select(r => r.Endpoint).ToHashSet(StringComparer.Ordinal);

        var withoutRow = HostEndpoints.Of(app).Where(e => !rows.Contains(e)).ToList();

        withoutRow.Should().BeEmpty("every endpoint needs a row in {0} saying who may call it; missing: {1}",
            nameof(AccessMatrix), string.Join(", ", withoutRow));
    }

    [Fact]
    public void Every_row_of_the_access_matrix_names_an_endpoint_of_the_host()
    {
        var endpoints = HostEndpoints.Of(app).ToHashSet(StringComparer.Ordinal);

        var withoutEndpoint = AccessMatrix.Rows.Select(r => r.Endpoint).Where(e => !endpoints.Contains(e)).ToList();

        withoutEndpoint.Should().BeEmpty("a row must name an endpoint exactly as routing spells it (method and pattern); no endpoint for: {0}",
            string.Join(", ", withoutEndpoint));
        AccessMatrix.Rows.GroupBy(r => r.Endpoint).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty("one row per endpoint");
    }

    [Fact]
    public async Task Every_caller_meets_at_every_endpoint_exactly_the_access_its_row_gives()
    {
        await Eventually.Until(() => app.CreateClient().GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK);
        var world = await AccessWorld.CreateAsync(app);
        var mismatches = new List<string>();

        foreach (var row in AccessMatrix.Rows)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                using var request = await row.Request(world);
                if (!row.Addresses(request))
                {
                    mismatches.Add($"{row}: the row's request {request.Method} {request.RequestUri} goes to another endpoint");
                    break;
                }

                using var response = await world.SendAsync(request, caller);
                var met = row.Verdict(response);
                if (met != row.Expected[caller])
                {
                    var body = await response.Content.ReadAsStringAsync();
                    mismatches.Add($"{row} as {caller}: expected {row.Expected[caller]}, met {met?.ToString() ?? "no decision"} " +
                        $"({(int)response.StatusCode} {response.Headers.Location} {body[..Math.Min(body.Length, 200)]})");
                }
            }
        }

        mismatches.Should().BeEmpty("each caller should meet what its row says:{0}{1}", Environment.NewLine, string.Join(Environment.NewLine, mismatches));
    }
}
