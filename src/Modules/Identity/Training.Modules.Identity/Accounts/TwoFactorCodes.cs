using OtpNet;

namespace Training.Modules.Identity.Accounts;

/// <summary>Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds) from an authenticator app.</summary>
internal static class TwoFactorCodes
{
    public const string Issuer = "Bekal";

    public static string NewKey() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    /// <summary>The enrolment link an authenticator app reads (also shown as text to type in).</summary>
    public static string Uri(string key, string username) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(username)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30";

    /// <summary>Accepts the code of this time step and of the one before or after (clock drift, typing time).</summary>
    public static bool Matches(string key, string? code, DateTimeOffset now) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit)
        && new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(now.UtcDateTime, code, out _, VerificationWindow.RfcSpecifiedNetworkDelay);
}
