using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Regions;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// What an employer may see of a graduate before the graduate accepts an interest: the alias, verified
/// skills and the certificates' courses and units, approved portfolio photos, region, availability month
/// and work preferences. Never a name, learner number, facility, or anything else from Identity.
/// </summary>
internal sealed record GraduateCard(
    Guid ProfileId,
    string Alias,
    IReadOnlyList<string> Skills,
    IReadOnlyList<CertificateCard> Certificates,
    IReadOnlyList<Guid> PhotoIds,
    string Province,
    string? Regency,
    string AvailableFrom,
    IReadOnlyList<string> WorkTypes,
    int? Score,
    string? Statement = null)
{
    public static GraduateCard Of(GraduateListing listing, int? score) => new(
        listing.Id,
        listing.Alias!,
        listing.Skills,
        [.. listing.Certificates.OrderByDescending(c => c.IssuedOn).Select(c => new CertificateCard(c.CourseTitle, c.SkillCategory, c.IssuedOn.Year,
            [.. c.Units.Select(u => new UnitCard(u.Code, u.Title))]))],
        listing.PhotoIds,
        RegionIndex.ProvinceName(listing.Province!),
        RegionIndex.RegencyName(listing.Regency),
        Months.Format(listing.AvailableFrom!.Value),
        listing.WorkTypes,
        score);
}

/// <summary>A valid certificate: the course and its units, and the year it was issued; nothing that names where it was earned.</summary>
internal sealed record CertificateCard(string CourseTitle, string SkillCategory, int IssuedYear, IReadOnlyList<UnitCard> Units);

internal sealed record UnitCard(string? Code, string Title);
