using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Xunit;

namespace Training.Host.Tests.Web;

public sealed class BehindAProxy : IAsyncLifetime
{
    private readonly KestrelBekalApp _trusting = new();
    private readonly KestrelBekalApp _untrusting = new();

    public async Task InitializeAsync()
    {
        _trusting.With("Proxy:KnownProxies:0", "127.0.0.1").With("Identity:SignInsPerMinutePerAddress", "2");
        _untrusting.With("Identity:SignInsPerMinutePerAddress", "2");
        await Task.WhenAll(_trusting.InitializeAsync(), _untrusting.InitializeAsync());
    }

    public async Task DisposeAsync()
    {
        await _trusting.DisposeAsync();
        await _untrusting.DisposeAsync();
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_client_address_has_its_own_sign_in_limit()
    {
        var client = _trusting.CreateClient();

        var first = await SignInsFrom(client, "203.0.113.7", 3);
        var second = await SignInsFrom(client, "203.0.113.8", 1);

        first.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        second.Should().Equal(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Forwarded_addresses_from_an_unknown_sender_are_ignored()
    {
        var client = _untrusting.CreateClient();

        var first = await SignInsFrom(client, "203.0.113.7", 2);
        var second = await SignInsFrom(client, "203.0.113.8", 1);

        first.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized);
        second.Should().ContainSingle().Which.Should().Be(HttpStatusCode.TooManyRequests, "a client cannot pick its own address to escape the limit");
    }

    private static async Task<List<HttpStatusCode>> SignInsFrom(HttpClient client, string address, int times)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in") { Content = JsonContent.Create(new { username = "nobody", password = "wrong-password" }) };
            request.Headers.Add("X-Forwarded-For", address);
            answers.Add((await client.SendAsync(request)).StatusCode);
        }

        return answers;
    }
}
