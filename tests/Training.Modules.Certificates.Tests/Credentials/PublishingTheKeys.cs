using System.Net;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Training.Modules.Certificates.Credentials;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Credentials;

public sealed class PublishingTheKeys(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task Anyone_fetches_the_keys_and_they_verify_the_hosts_own_credentials()
    {
        var response = await app.Client().GetAsync("/.well-known/jwks.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/jwk-set+json");
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromHours(1));
        var jwks = await response.Content.ReadAsStringAsync();
        jwks.Should().NotContain("\"d\"", "a private key is never published");

        var token = app.Services.GetRequiredService<OpenBadgeCredential>().Sign(ACertificate.Knitting());
        var issuer = app.Services.GetRequiredService<IOptions<CertificateOptions>>().Value.IssuerUri.AbsoluteUri;
        var result = await Keys.VerifyAsync(token, jwks, issuer);

        result.IsValid.Should().BeTrue(result.Exception?.Message);
    }
}
