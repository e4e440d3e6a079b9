using Training.Modules.Certificates.Certificates;

namespace Training.Modules.Certificates.Tests.Credentials;

internal static class ACertificate
{
    public const string Title = "Merajut Dasar";
    public const string HolderName = "Siti Rahmawati";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A knitting certificate issued ten days ago, valid for three years (BNSP style) unless told otherwise.</summary>
    public static Certificate Knitting(bool withValidity = true) => new(
        Id: Guid.NewGuid(),
        Number: "BKL-2026-000042",
        VerificationCode: "K7QM2XPA4D9R",
        LearnerId: Guid.NewGuid(),
        FacilityId: Guid.NewGuid(),
        HolderName: HolderName,
        CourseId: Guid.NewGuid(),
        CourseVersion: 2,
        CourseTitle: Title,
        SkillCategory: "Knitting",
        Hours: 40.5m,
        Units: [new("C.131000.001.01", "Menyiapkan benang dan alat rajut", "Competent"), new(null, "Merajut pola dasar", "Competent")],
        IssuedOn: Today.AddDays(-10),
        ValidUntil: withValidity ? Today.AddDays(-10).AddYears(3) : null,
        IssuerName: "Program Pelatihan Keterampilan Bekal",
        SubjectSalt: "b3f1c0d2a9e84c55",
        Supersedes: null,
        Revocation: null,
        SupersededBy: null,
        ExpiredOn: null,
        ExpiryNoticeSent: false)
    {
        IssuedAt = new DateTimeOffset(Today.AddDays(-10), new TimeOnly(3, 15), TimeSpan.Zero),
    };
}
