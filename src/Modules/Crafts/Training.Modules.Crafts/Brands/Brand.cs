namespace Training.Modules.Crafts.Brands;

/// <summary>
/// A facility's public name for its products (merek): one per facility, its stream id the facility's id.
/// It names no facility unless the facility chose to (<see cref="NamesFacilityPublicly"/>); the seller of
/// record is who sells and receives the money: the facility's programme or a partner cooperative.
/// </summary>
internal sealed record Brand(Guid Id, string Slug, BrandProfile Profile, SellerOfRecord Seller, bool NamesFacilityPublicly, Guid? LogoFileId, DateTimeOffset SavedAt)
{
    public Guid FacilityId => Id;

    public static Brand Create(BrandSaved e) => new(e.FacilityId, e.Slug, e.Profile, e.Seller, e.NamesFacilityPublicly, null, e.At);

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
