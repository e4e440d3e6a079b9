using Training.BuildingBlocks.Text;
using Training.Modules.Certificates.Contracts;
using Training.Modules.JobMatching.Profiles;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// The search read model: one document per learner (id = the profile id) holding what employers may
/// find and everything matching needs; what ranking filters and orders by is also written to the
/// <see cref="GraduateIndex"/>. It exists from the first certificate even before a profile; only a
/// visible one is ever found. Learner and facility ids are for scoping and are never shown to employers.
/// </summary>
internal sealed record GraduateListing(
    Guid Id,
    Guid LearnerId,
    Guid? FacilityId,
    bool Visible,
    string? Alias,
    string? AliasKey,
    string? Province,
    string? Regency,
    int? AvailableFrom,
    IReadOnlyList<string> WorkTypes,
    string? Statement,
    IReadOnlyList<HeldCertificate> Certificates,
    IReadOnlyList<Guid> PhotoIds,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> UnitCodes,
    int? LatestCertificate,
    DateOnly? NextExpiry)
{
    public static GraduateListing For(Guid learnerId) =>
        new(GraduateProfile.IdFor(learnerId), learnerId, null, false, null, null, null, null, null, [], null, [], [], [], [], null, null);

    public GraduateListing WithProfile(ProfileDetails details, Guid facilityId) => this with
    {
        FacilityId = facilityId,
        Visible = true,
        Alias = details.Alias,
        AliasKey = Folded.Key(details.Alias),
        Province = details.Province,
        Regency = details.Regency,
        AvailableFrom = Months.Parse(details.AvailableFrom),
        WorkTypes = [.. details.WorkTypes.Select(w => w.ToString())],
        Statement = details.Statement,
    };

    /// <summary>Hidden at once, and what the learner chose to show is forgotten here (the profile's events keep the history).</summary>
    public GraduateListing Hidden() => this with
    {
        Visible = false, Alias = null, AliasKey = null, Province = null, Regency = null, AvailableFrom = null, WorkTypes = [], Statement = null,
    };

    public GraduateListing WithCertificate(HeldCertificate certificate, Guid? supersedes) =>
        Derive([.. Certificates.Where(c => c.CertificateId != certificate.CertificateId && c.CertificateId != supersedes), certificate]);

    public GraduateListing WithoutCertificate(Guid certificateId) => Derive([.. Certificates.Where(c => c.CertificateId != certificateId)]);

    /// <summary>Drops certificates whose validity ended before <paramref name="today"/>, should the expiry event be late.</summary>
    public GraduateListing ValidOn(DateOnly today) => Derive([.. Certificates.Where(c => c.ValidUntil is not { } until || until >= today)]);

    public GraduateListing WithPhotos(IReadOnlyList<Guid> approved) => this with { PhotoIds = approved };

    /// <summary>The skill categories and unit codes the graduate's valid certificates vouch for.</summary>
    public IEnumerable<string> Covered() => Skills.Concat(UnitCodes);

    private GraduateListing Derive(IReadOnlyList<HeldCertificate> certificates) => this with
    {
        Certificates = certificates,
        Skills = [.. certificates.Select(c => c.SkillCategory).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        UnitCodes = [.. certificates.SelectMany(c => c.Units).Where(u => !string.IsNullOrWhiteSpace(u.Code)).Select(u => Profiles.Skills.UnitCode(u.Code!))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        LatestCertificate = certificates.Count == 0 ? null : certificates.Max(c => Months.Of(c.IssuedOn)),
        NextExpiry = certificates.Where(c => c.ValidUntil is not null).Select(c => c.ValidUntil).Min(),
    };
}

/// <summary>A valid certificate the graduate holds: what it vouches for, never where it was earned.</summary>
internal sealed record HeldCertificate(
    Guid CertificateId, Guid CourseId, string CourseTitle, string SkillCategory, IReadOnlyList<CertifiedUnit> Units, DateOnly IssuedOn, DateOnly? ValidUntil);
