using System.Security.Cryptography;
using FluentAssertions;
using Microsoft.IdentityModel.Tokens;
using Training.Modules.Certificates.Credentials;
using Xunit;

namespace Training.Modules.Certificates.Tests.Credentials;

public sealed class KeepingTheSigningKey : IDisposable
{
    private readonly Keys _keys = new();

    private string KeyFile => Path.Combine(_keys.DataFolder, "keys", "certificate-signing.pem");

    [Fact]
    public void The_key_is_created_on_first_start_and_reused_on_the_next()
    {
        string first;
        using (var key = _keys.Open())
        {
            first = key.KeyId;
        }

        using var again = _keys.Open();

        again.KeyId.Should().Be(first);
        File.Exists(KeyFile).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(KeyFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task Hosts_starting_together_on_a_shared_folder_agree_on_one_key()
    {
        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            using var key = _keys.Open();
            return key.KeyId;
        })));

        keys.Distinct().Should().ContainSingle();
        Directory.GetFiles(Path.GetDirectoryName(KeyFile)!).Should().Equal(KeyFile);
    }

    [Fact]
    public void A_configured_key_wins_and_nothing_is_written()
    {
        using var configured = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var key = _keys.Open(new CertificateOptions { SigningKey = configured.ExportPkcs8PrivateKeyPem() });

        key.KeyId.Should().Be(Rfc7638Thumbprint(configured));
        File.Exists(KeyFile).Should().BeFalse();
    }

    [Fact]
    public void A_public_key_cannot_sign_and_is_refused_as_the_signing_key()
    {
        using var configured = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        FluentActions.Invoking(() => _keys.Open(new CertificateOptions { SigningKey = configured.ExportSubjectPublicKeyInfoPem() }))
            .Should().Throw<InvalidOperationException>().WithMessage("Certificates:SigningKey*");
    }

    [Fact]
    public void A_key_on_another_curve_is_refused()
    {
        using var configured = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        FluentActions.Invoking(() => _keys.Open(new CertificateOptions { SigningKey = configured.ExportPkcs8PrivateKeyPem() }))
            .Should().Throw<InvalidOperationException>();
    }

    public void Dispose() => _keys.Dispose();

    /// <summary>The thumbprint as an independent library computes it.</summary>
    private static string Rfc7638Thumbprint(ECDsa key) =>
        Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(key)).ComputeJwkThumbprint());
}
