using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Training.Modules.Identity.Accounts;

/// <summary>
/// Hashes passwords and PINs with ASP.NET Core Identity's PBKDF2 hasher (HMAC-SHA512,
/// <c>Identity:HashIterations</c>, 100,000 by default).
/// </summary>
internal sealed class Secrets(IOptions<PasswordHasherOptions> options)
{
    private readonly PasswordHasher<Secrets> _hasher = new(options);
    private readonly Lazy<string> _decoy = new(() => new PasswordHasher<Secrets>(options).HashPassword(null!, "decoy-" + Guid.NewGuid()));

    public string Hash(string secret) => _hasher.HashPassword(this, secret);

    public bool Verify(string hash, string secret) =>
        _hasher.VerifyHashedPassword(this, hash, secret) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;

    /// <summary>Spends the same time as a real check, so that unknown names cannot be told from wrong secrets.</summary>
    public void VerifyDecoy(string secret) => Verify(_decoy.Value, secret);
}
