using System.Net;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Verification;

/// <summary>A host that allows five verifications per address and minute.</summary>
public sealed class StrictVerificationApp : BekalApp
{
    public StrictVerificationApp() => With("Certificates:VerificationsPerMinutePerAddress", "5");
}

public sealed class LimitingVerification(StrictVerificationApp app) : IClassFixture<StrictVerificationApp>
{
    [Fact]
    public async Task Walking_through_codes_is_stopped_with_429_after_the_limit()
    {
        var client = app.Client();
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync($"/api/certificates/verify/ZZZZZZZZZZZ{i}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        var refused = await client.GetAsync("/api/certificates/verify/ZZZZZZZZZZZ9");

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await refused.ProblemCodeAsync()).Should().Be("certificate-verify.rate-limited");
        (await client.GetAsync("/verify/ZZZZZZZZZZZ9")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "the page shares the limit");
    }
}
