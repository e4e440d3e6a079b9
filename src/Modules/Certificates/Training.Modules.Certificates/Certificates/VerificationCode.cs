using System.Security.Cryptography;

namespace Training.Modules.Certificates.Certificates;

/// <summary>
/// The code that proves a certificate: 12 characters of Crockford base32 (60 random bits), an
/// alphabet without I, L, O and U, so that a code read off paper is typed back right.
/// </summary>
internal static class VerificationCode
{
    public const int Length = 12;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        var bits = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
        return string.Create(Length, bits, static (chars, value) =>
        {
            for (var i = 0; i < chars.Length; i++, value >>= 5)
            {
                chars[i] = Alphabet[(int)(value & 31)];
            }
        });
    }

    /// <summary>
    /// The code as stored, from what a person typed or scanned: case, spaces and hyphens are ignored,
    /// and the look-alikes O, I and L read as 0, 1 and 1 (Crockford's rule). Null when it cannot be a code.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 40)
        {
            return null;
        }

        Span<char> code = stackalloc char[Length];
        var count = 0;
        foreach (var c in typed)
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            var read = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (count == Length || !Alphabet.Contains(read, StringComparison.Ordinal))
            {
                return null;
            }

            code[count++] = read;
        }

        return count == Length ? new string(code) : null;
    }

    /// <summary>Groups of four, for people to read aloud and type: 7K3M-9QXR-2F4D.</summary>
    public static string Grouped(string code) => $"{code[..4]}-{code[4..8]}-{code[8..]}";
}
