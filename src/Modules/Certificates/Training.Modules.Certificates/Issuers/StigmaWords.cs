namespace Training.Modules.Certificates.Issuers;

/// <summary>
/// Words that would tell a reader where the holder trained. A certificate names the training
/// programme only; an issuer name holding any of these is refused.
/// </summary>
internal static class StigmaWords
{
    public static readonly IReadOnlyList<string> All =
    [
        "lapas", "lpp", "lpka", "rutan", "lembaga pemasyarakatan", "pemasyarakatan", "penjara", "tahanan", "narapidana", "napi",
        "warga binaan", "bapas", "prison", "jail", "correctional", "penitentiary", "inmate", "detention",
    ];

    /// <summary>True when the text holds one of the words as a whole word (so "LPP" is caught, "supplier" is not).</summary>
    public static bool AppearIn(string text)
    {
        var words = Words(text);
        return All.Any(w => ContainsPhrase(words, Words(w)));
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([.. text.Where(c => !char.IsLetterOrDigit(c)).Distinct()], StringSplitOptions.RemoveEmptyEntries);

    private static bool ContainsPhrase(string[] words, string[] phrase) =>
        Enumerable.Range(0, Math.Max(0, words.Length - phrase.Length + 1)).Any(i => words.AsSpan(i, phrase.Length).SequenceEqual(phrase));
}
