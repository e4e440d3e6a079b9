using System.Globalization;
using System.Text;

namespace Training.BuildingBlocks.Text;

/// <summary>Text as it is compared: lower case, without diacritics, letters and digits only.</summary>
public static class Folded
{
    /// <summary>Letters and digits only: "Rajut-Ayu 7" and "rajutayu7" are one key, "S.iti" is "siti".</summary>
    public static string Key(string text) => string.Concat(Words(text));

    /// <summary>The runs of letters and digits ("Déwi-7 Lestari" is "dewi", "7", "lestari").</summary>
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return [.. words];
    }
}
