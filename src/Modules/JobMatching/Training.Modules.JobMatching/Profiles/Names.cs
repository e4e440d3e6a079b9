using System.Globalization;
using System.Text;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>How an alias is compared with other aliases and with the learner's real name.</summary>
internal static class Names
{
    /// <summary>Letters and digits only, lower case, without diacritics: "Rajut-Ayu 7" and "rajutayu7" are one alias.</summary>
    public static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).Where(char.IsLetterOrDigit))
        {
            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    /// <summary>
    /// Whether the alias holds any word of the real name that has three letters or more, ignoring
    /// case, diacritics, spaces and punctuation ("S.iti-7" holds "Siti", "Dewi" holds "Déwi").
    /// </summary>
    public static bool ContainsPartOf(string alias, string fullName)
    {
        var aliasKey = Key(alias);
        return Words(fullName).Where(word => word.Length >= 3).Any(word => aliasKey.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>Whether a text (the statement) uses any word of the real name of three letters or more as a word of its own.</summary>
    public static bool MentionsAnyOf(string text, string fullName)
    {
        var words = Words(text).ToHashSet(StringComparer.Ordinal);
        return Words(fullName).Where(word => word.Length >= 3).Any(words.Contains);
    }

    /// <summary>The runs of letters of a name, lower case and without diacritics.</summary>
    private static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
