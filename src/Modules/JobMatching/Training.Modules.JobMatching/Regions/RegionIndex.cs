using System.Globalization;
using System.Text;

namespace Training.Modules.JobMatching.Regions;

/// <summary>
/// Finds a province or regency by its official name (any case, with or without diacritics,
/// "Kabupaten"/"Kab." before a regency's name) or by its BPS code (<c>62</c>, <c>6271</c> or <c>62.71</c>).
/// </summary>
internal static class RegionIndex
{
    private static readonly Dictionary<string, Province> ProvinceByKey = BuildProvinces();
    private static readonly Dictionary<string, Regency> RegencyByCode =
        RegionList.Provinces.SelectMany(p => p.Regencies).ToDictionary(r => r.Code, StringComparer.Ordinal);

    public static Province? FindProvince(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ProvinceByKey.GetValueOrDefault(Key(text));

    public static Regency? FindRegency(Province province, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = Key(text);
        var withoutPrefix = key.StartsWith("kabupaten ", StringComparison.Ordinal) ? key["kabupaten ".Length..]
            : key.StartsWith("kab ", StringComparison.Ordinal) ? key["kab ".Length..]
            : key;
        return province.Regencies.FirstOrDefault(r => r.Code == key.Replace(".", "", StringComparison.Ordinal) || Key(r.Name) == key || Key(r.Name) == withoutPrefix);
    }

    public static string ProvinceName(string code) => ProvinceByKey[code].Name;

    public static string? RegencyName(string? code) => code is null ? null : RegencyByCode.GetValueOrDefault(code)?.Name;

    /// <summary>Lower case, no diacritics, dots and runs of spaces made single spaces: how names are compared.</summary>
    private static string Key(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var next = c is '.' && key.Length > 0 && char.IsDigit(key[^1]) ? '.' : c is '.' or ',' ? ' ' : char.ToLowerInvariant(c);
            if (next != ' ' || (key.Length > 0 && key[^1] != ' '))
            {
                key.Append(next);
            }
        }

        return key.ToString().Trim();
    }

    private static Dictionary<string, Province> BuildProvinces()
    {
        var byKey = new Dictionary<string, Province>(StringComparer.Ordinal);
        foreach (var province in RegionList.Provinces)
        {
            byKey[province.Code] = province;
            byKey[Key(province.Name)] = province;
            foreach (var other in province.OtherNames)
            {
                byKey[Key(other)] = province;
            }
        }

        return byKey;
    }
}
