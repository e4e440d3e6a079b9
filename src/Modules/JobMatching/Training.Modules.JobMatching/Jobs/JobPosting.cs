using Training.Modules.JobMatching.Profiles;

namespace Training.Modules.JobMatching.Jobs;

/// <summary>
/// A verified employer's job posting. Open until its closing date has passed (the last day it takes
/// interest is the closing date itself, in Asia/Jakarta) or until the employer closes it.
/// </summary>
internal sealed record JobPosting(
    Guid Id,
    Guid EmployerId,
    string OrganizationName,
    string Title,
    string Description,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> UnitCodes,
    string Province,
    string? Regency,
    WorkType WorkType,
    int Openings,
    DateOnly ClosesOn,
    string? NoteToStaff,
    bool Open,
    DateTimeOffset PostedAt)
{
    public static JobPosting Create(JobPosted e) => new(
        e.JobId, e.EmployerId, e.OrganizationName, e.Title, e.Description, e.Skills, e.UnitCodes, e.Province, e.Regency, e.WorkType, e.Openings,
        e.ClosesOn, e.NoteToStaff, true, e.At);

    public JobPosting Apply(JobPostingClosed e) => this with { Open = false };

    /// <summary>Skill categories and unit codes together: what a graduate's certificates are matched against.</summary>
    public IReadOnlyList<string> Required() => [.. Skills, .. UnitCodes];
}

internal sealed record JobPosted(
    Guid JobId,
    Guid EmployerId,
    string OrganizationName,
    string Title,
    string Description,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> UnitCodes,
    string Province,
    string? Regency,
    WorkType WorkType,
    int Openings,
    DateOnly ClosesOn,
    string? NoteToStaff,
    Guid By,
    DateTimeOffset At);

internal enum ClosingReason
{
    ClosingDatePassed,
    ClosedByEmployer,
}

internal sealed record JobPostingClosed(Guid JobId, ClosingReason Reason, Guid? By, DateTimeOffset At);
