using Training.Modules.JobMatching.Regions;

namespace Training.Modules.JobMatching.Jobs;

/// <summary>A posting as its employer sees it; regions by their official names.</summary>
internal sealed record JobView(
    Guid Id, string OrganizationName, string Title, string Description, IReadOnlyList<string> Skills, IReadOnlyList<string> UnitCodes,
    string Province, string? Regency, string WorkType, int Openings, DateOnly ClosesOn, string? NoteToStaff, bool Open, DateTimeOffset PostedAt)
{
    public static JobView Of(JobPosting p) => new(
        p.Id, p.OrganizationName, p.Title, p.Description, p.Skills, p.UnitCodes, RegionIndex.ProvinceName(p.Province), RegionIndex.RegencyName(p.Regency),
        p.WorkType.ToString(), p.Openings, p.ClosesOn, p.NoteToStaff, p.Open, p.PostedAt);
}
