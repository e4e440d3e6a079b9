namespace Training.BuildingBlocks.Text;

/// <summary>
/// The one rule for text that reaches a public, certificate or employer-facing surface: it may not say
/// where its subject trained (a facility's name or code, a word of custody) nor, when it speaks for a
/// learner, who she is (a word of her name of three letters or more, her learner number).
/// Case and diacritics are ignored; words and facility names match as whole words ("LPP" is caught,
/// "supplier" is not); a learner's name as a word or hidden in a run written as one ("siti99").
/// </summary>
public static class CustodyWords
{
    public static readonly IReadOnlyList<string> All =
    [
        "lapas", "lpp", "lpka", "rutan", "bapas", "lembaga pemasyarakatan", "pemasyarakatan", "penjara", "bui", "tahanan", "narapidana",
        "napi", "warga binaan", "prison", "prisons", "prisoner", "prisoners", "jail", "jails", "correctional", "penitentiary", "inmate",
        "inmates", "detention", "detainee", "detainees", "incarcerated", "convict", "convicts",
    ];

    private static readonly string[][] Phrases = [.. All.Select(Folded.Words)];

    /// <summary>Punctuation that ends or opens a word of prose without joining it to another.</summary>
    private static readonly char[] Edges = [.. "\"'.,;:!?()[]{}«»“”‘’-–—…"];

    /// <summary>True when <paramref name="text"/> names custody, one of <paramref name="facilityTerms"/> or the <paramref name="owner"/>.</summary>
    public static bool AppearIn(string text, IEnumerable<string> facilityTerms, TextOwner? owner = null)
    {
        var words = Folded.Words(text);
        return Phrases.Any(p => Contains(words, p))
            || facilityTerms.Select(Folded.Words).Any(p => p.Length > 0 && Contains(words, p))
            || (owner is not null && Names(text, owner));
    }

    /// <summary>True when the text holds a custody word; facility names aside (for texts written before any facility exists).</summary>
    public static bool AppearIn(string text) => AppearIn(text, []);

    /// <summary>
    /// A word of her name standing alone, or hidden in a run written as one: a token joined by digits or
    /// punctuation ("siti99", "S.i.t.i", "dewi-rajut") or a text of one token ("Nurani" holds "Nur").
    /// Plain words of prose are compared whole, so "anak" does not hold "Ana". Her number anywhere.
    /// </summary>
    private static bool Names(string text, TextOwner owner)
    {
        var name = Folded.Words(owner.FullName).Where(w => w.Length >= 3 && w.All(char.IsLetter)).ToArray();
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim(Edges)).Where(t => t.Length > 0).ToArray();
        var number = Folded.Key(owner.LearnerNumber);
        return tokens.Any(token => tokens.Length == 1 || !token.All(char.IsLetter)
                ? name.Any(w => Folded.Key(token).Contains(w, StringComparison.Ordinal))
                : name.Contains(Folded.Key(token)))
            || (number.Length > 0 && Folded.Key(text).Contains(number, StringComparison.Ordinal));
    }

    private static bool Contains(string[] words, string[] phrase) =>
        Enumerable.Range(0, Math.Max(0, words.Length - phrase.Length + 1)).Any(i => words.AsSpan(i, phrase.Length).SequenceEqual(phrase));
}

/// <summary>The learner a text speaks for (an alias, a statement, a caption): her name and number may not appear in it.</summary>
public sealed record TextOwner(string FullName, string LearnerNumber);
