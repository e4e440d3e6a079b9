using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Training.Modules.Certificates.Credentials;

/// <summary>
/// The ES256 (ECDSA P-256) key that signs credentials: <c>Certificates:SigningKey</c> when configured, else
/// created once under the data folder and reused on every later start, so that issued credentials keep verifying.
/// </summary>
internal sealed class SigningKey : IDisposable
{
    private const string P256 = "1.2.840.10045.3.1.7";
    private readonly ECDsa _key;
    private readonly Lock _signing = new();

    public SigningKey(IOptions<CertificateOptions> options, IConfiguration configuration)
    {
        var settings = options.Value;
        _key = string.IsNullOrWhiteSpace(settings.SigningKey)
            ? LoadOrCreate(KeyFile(configuration))
            : Import(settings.SigningKey, "Certificates:SigningKey", requirePrivate: true);
        Current = VerificationKey.Of(_key);
        Published = [Current, .. settings.PreviousSigningKeys.Select(PreviousKey).Where(k => k.KeyId != Current.KeyId).DistinctBy(k => k.KeyId)];
    }

    public VerificationKey Current { get; }

    public string KeyId => Current.KeyId;

    /// <summary>The keys the JWKS lists: the current one first, then those that signed earlier credentials.</summary>
    public IReadOnlyList<VerificationKey> Published { get; }

    /// <summary>An ES256 signature as JWS wants it: r‖s, 64 bytes (IEEE P1363), not DER.</summary>
    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        lock (_signing)
        {
            return _key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
    }

    public void Dispose() => _key.Dispose();

    private static string KeyFile(IConfiguration configuration) =>
        Path.Combine(configuration["Data:Folder"] ?? ".data", "keys", "certificate-signing.pem");

    private static VerificationKey PreviousKey(string pem, int index)
    {
        using var key = Import(pem, $"Certificates:PreviousSigningKeys:{index}", requirePrivate: false);
        return VerificationKey.Of(key);
    }

    private static ECDsa LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Create(path);
        }

        return Import(ReadWhole(path), path, requirePrivate: true);
    }

    // Hosts starting together on a shared folder race to create the file exclusively (O_EXCL): exactly one
    // writes a key, and every host then reads that one. A rename would not do: it silently replaces a winner.
    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;   // owner-only from the first byte
        }

        try
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using var stream = new FileStream(path, file);
            stream.Write(Encoding.ASCII.GetBytes(key.ExportPkcs8PrivateKeyPem()));
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another host is writing its key; ReadWhole waits for it.
        }
    }

    /// <summary>The key file once its writer has finished: a host that lost the race may look while the winner writes.</summary>
    private static string ReadWhole(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var pem = File.ReadAllText(path);
            if (pem.Contains("-----END", StringComparison.Ordinal) || attempt == 50)
            {
                return pem;
            }

            Thread.Sleep(100);
        }
    }

    private static ECDsa Import(string pem, string source, bool requirePrivate)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            var parameters = key.ExportParameters(requirePrivate);
            if (parameters.Curve.Oid?.Value != P256 || (requirePrivate && parameters.D is null))
            {
                throw new CryptographicException("Not a P-256 key of the expected kind.");
            }

            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            var kind = requirePrivate ? "an ECDSA P-256 private key (PKCS#8 PEM)" : "an ECDSA P-256 public key (PEM)";
            throw new InvalidOperationException($"{source} must hold {kind}.", e);
        }
    }
}
