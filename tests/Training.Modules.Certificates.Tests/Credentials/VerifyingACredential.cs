using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Training.Modules.Certificates.Credentials;
using Xunit;

namespace Training.Modules.Certificates.Tests.Credentials;

public sealed class VerifyingACredential : IDisposable
{
    private const string Issuer = "https://bekal.example.id/issuer";
    private readonly Keys _keys = new();

    [Fact]
    public async Task A_verifier_with_only_the_published_keys_accepts_the_credential()
    {
        using var key = _keys.Open();
        var token = _keys.Credentials(key).Sign(ACertificate.Knitting());

        var result = await Keys.VerifyAsync(token, Jwks.Json(key, new Uri(Issuer)), Issuer);

        result.IsValid.Should().BeTrue(result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        jwt.Alg.Should().Be("ES256");
        jwt.Kid.Should().Be(key.KeyId);
        Base64Url.DecodeFromChars(token.Split('.')[2]).Should().HaveCount(64, "ES256 is r||s, not DER");
    }

    [Fact]
    public async Task A_credential_without_a_validity_period_verifies_too()
    {
        using var key = _keys.Open();
        var token = _keys.Credentials(key).Sign(ACertificate.Knitting(withValidity: false));

        (await Keys.VerifyAsync(token, Jwks.Json(key, new Uri(Issuer)), Issuer)).IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task Changing_one_character_of_the_payload_breaks_the_signature()
    {
        using var key = _keys.Open();
        var parts = _keys.Credentials(key).Sign(ACertificate.Knitting()).Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        payload.Should().Contain(ACertificate.Title);
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.Replace("Merajut Dasar", "Merajut Dasaz")));

        var result = await Keys.VerifyAsync($"{parts[0]}.{forged}.{parts[2]}", Jwks.Json(key, new Uri(Issuer)), Issuer);

        result.IsValid.Should().BeFalse();
        result.Exception.Should().BeOfType<SecurityTokenInvalidSignatureException>();
    }

    [Fact]
    public async Task A_credential_signed_by_a_previous_key_still_verifies_after_the_key_changes()
    {
        using var old = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var oldKey = _keys.Open(new CertificateOptions { PublicBaseUrl = Keys.Settings.PublicBaseUrl, SigningKey = old.ExportPkcs8PrivateKeyPem() });
        var issuedEarlier = _keys.Credentials(oldKey).Sign(ACertificate.Knitting());

        using var current = _keys.Open(new CertificateOptions { PublicBaseUrl = Keys.Settings.PublicBaseUrl, PreviousSigningKeys = [old.ExportSubjectPublicKeyInfoPem()] });

        current.Published.Select(k => k.KeyId).Should().Equal(current.KeyId, oldKey.KeyId);
        (await Keys.VerifyAsync(issuedEarlier, Jwks.Json(current, new Uri(Issuer)), Issuer)).IsValid.Should().BeTrue();
    }

    public void Dispose() => _keys.Dispose();
}
