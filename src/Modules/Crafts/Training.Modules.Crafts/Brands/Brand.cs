using Training.BuildingBlocks;

namespace Training.Modules.Crafts.Brands;

/// <summary>
/// A facility's public name for its products (merek): one per facility, in a stream of its own (<see cref="IdFor"/>),
/// never the facility's own stream in Identity.
/// It names no facility unless the facility chose to (<see cref="NamesFacilityPublicly"/>); the seller of
/// record is who sells and receives the money: the facility's programme or a partner cooperative.
/// </summary>
internal sealed record Brand(Guid Id, Guid FacilityId, string Slug, BrandProfile Profile, SellerOfRecord Seller, bool NamesFacilityPublicly, Guid? LogoFileId, DateTimeOffset SavedAt)
{
    public static Guid IdFor(Guid facilityId) => StableGuid.From($"crafts-brand:{facilityId}");

    public static Brand Create(BrandSaved e) => new(IdFor(e.FacilityId), e.FacilityId, e.Slug, e.Profile, e.Seller, e.NamesFacilityPublicly, null, e.At);

    public Brand Apply(BrandSaved e) =>
        this with { Slug = e.Slug, Profile = e.Profile, Seller = e.Seller, NamesFacilityPublicly = e.NamesFacilityPublicly, SavedAt = e.At };

    public Brand Apply(BrandLogoChanged e) => this with { LogoFileId = e.FileId };
}

/// <summary>The brand's name and its story in Bahasa Indonesia, and in English when given.</summary>
internal sealed record BrandProfile(string Name, string Story, string? StoryEn);

/// <summary>Who sells: a name, how buyers reach them, and the official account transfers go to.</summary>
internal sealed record SellerOfRecord(string Name, string Contact, string BankAccount);

internal sealed record BrandSaved(Guid FacilityId, string Slug, BrandProfile Profile, SellerOfRecord Seller, bool NamesFacilityPublicly, Guid By, DateTimeOffset At);

internal sealed record BrandLogoChanged(Guid FacilityId, Guid FileId, Guid By, DateTimeOffset At);
