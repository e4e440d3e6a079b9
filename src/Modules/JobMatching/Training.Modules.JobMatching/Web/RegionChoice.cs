using Training.Modules.JobMatching.Regions;

namespace Training.Modules.JobMatching.Web;

/// <summary>
/// A form's province and regency selects. Without script a regency select cannot follow the province,
/// so it lists every shipped province's regencies grouped under it; the handler checks they agree.
/// </summary>
internal sealed record RegionChoice(string Prefix, string? Province, string? Regency, bool Required)
{
    public string Id => Prefix.Length == 0 ? "region" : Prefix.Trim('.').ToLowerInvariant();

    public static IReadOnlyList<Province> Provinces => RegionList.Provinces;

    /// <summary>The province as chosen, or, when only a regency was, the province that regency lies in.</summary>
    public static string? ProvinceOf(string? province, string? regency) =>
        string.IsNullOrWhiteSpace(province) && !string.IsNullOrWhiteSpace(regency)
            ? RegionList.Provinces.FirstOrDefault(p => p.Regencies.Any(r => r.Code == regency.Trim()))?.Code ?? province
            : province;

    public bool Chosen(Province province) => Same(Province, province.Code) || Same(Province, province.Name);

    public bool Chosen(Regency regency) => Same(Regency, regency.Code) || Same(Regency, regency.Name);

    private static bool Same(string? value, string known) => string.Equals(value?.Trim(), known, StringComparison.OrdinalIgnoreCase);
}
