using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Training.Modules.Identity.Accounts;

/// <summary>
/// Hashes passwords and PINs with ASP.NET Core Identity's PBKDF2 hasher (HMAC-SHA512,
/// <c>Identity:HashIterations</c>, 100,000 by default). Counts its checks in the metric
/// <c>bekal.identity.secret_checks</c>, tagged <c>decoy</c> for the checks that only spend time.
/// </summary>
internal sealed class Secrets
{
    public const string MeterName = "Bekal.Identity";
    public const string ChecksName = "bekal.identity.secret_checks";

    private readonly PasswordHasher<Secrets> _hasher;
    private readonly string _decoy;
    private readonly Counter<long> _checks;

    public Secrets(IOptions<PasswordHasherOptions> options, IMeterFactory meters)
    {
        _hasher = new(options);
        _decoy = _hasher.HashPassword(this, "decoy-" + Guid.NewGuid());
        _checks = meters.Create(MeterName).CreateCounter<long>(ChecksName, description: "Secrets checked at sign-in and on change");
    }

    public string Hash(string secret) => _hasher.HashPassword(this, secret);

    public bool Verify(string hash, string secret)
    {
        _checks.Add(1, new KeyValuePair<string, object?>("decoy", false));
        return Matches(hash, secret);
    }

    /// <summary>
    /// Spends the same time as a real check (same algorithm and cost), so that an unknown name or a
    /// locked account cannot be told from a wrong secret.
    /// </summary>
    public void VerifyDecoy(string secret)
    {
        _checks.Add(1, new KeyValuePair<string, object?>("decoy", true));
        Matches(_decoy, secret);
    }

    private bool Matches(string hash, string secret) =>
        _hasher.VerifyHashedPassword(this, hash, secret) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}
