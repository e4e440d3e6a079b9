using Training.Modules.JobMatching.Regions;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>The learner's own profile: what employers see, the consent given, photos waiting for a trainer, and who saw her card and how.</summary>
internal sealed record MyGraduateProfile(
    Guid ProfileId,
    string Alias,
    string Province,
    string? Regency,
    string AvailableFrom,
    IReadOnlyList<string> WorkTypes,
    string Statement,
    string? Phone,
    string ConsentVersion,
    DateTimeOffset ConsentedAt,
    IReadOnlyList<string> Skills,
    IReadOnlyList<CertificateCard> Certificates,
    IReadOnlyList<Guid> PhotoIds,
    IReadOnlyList<Guid> PhotosAwaitingApproval,
    IReadOnlyList<RejectedPhoto> RejectedPhotos,
    IReadOnlyList<ProfileView> ViewedBy)
{
    public static MyGraduateProfile Of(GraduateListing listing, ProfileDetails details, GivenConsent consent, IReadOnlyList<Guid> awaiting, IReadOnlyList<RejectedPhoto> rejected, IReadOnlyList<ProfileView>? views = null)
    {
        var card = GraduateCard.Of(listing, null);
        return new(listing.Id, details.Alias, RegionIndex.ProvinceName(details.Province), RegionIndex.RegencyName(details.Regency), details.AvailableFrom,
            [.. details.WorkTypes.Select(w => w.ToString())], details.Statement, details.Phone, consent.TextVersion, consent.At, card.Skills, card.Certificates,
            listing.PhotoIds, awaiting, rejected, views ?? []);
    }
}

/// <summary>A photo a trainer refused for the portfolio, and why.</summary>
internal sealed record RejectedPhoto(Guid Id, string Reason);

/// <summary>An employer organisation shown her card one way (Search, Match, Profile, Photo) on one day: the last time and how often.</summary>
internal sealed record ProfileView(string OrganizationName, string Way, DateTimeOffset At, int Times);
