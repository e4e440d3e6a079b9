namespace Training.Modules.JobMatching.Portfolio;

/// <summary>
/// A photo of a graduate's work for the portfolio. Employers see it only once a trainer of the
/// learner's facility approved it (the trainer answers for faces and backgrounds); who approved is kept.
/// An approval lapses when the learner withdraws consent: a consent given again shows no earlier
/// photo until a trainer approves it again. A trainer may instead reject it, with a reason the learner reads.
/// </summary>
internal sealed record PortfolioPhoto(
    Guid Id, Guid FileId, Guid LearnerId, Guid UploadedBy, DateTimeOffset UploadedAt, bool Approved, Guid? ApprovedBy, DateTimeOffset? ApprovedAt, bool Removed,
    string? RejectedBecause = null)
{
    public static PortfolioPhoto Create(PortfolioPhotoUploaded e) => new(e.PhotoId, e.FileId, e.LearnerId, e.By, e.At, false, null, null, false);

    public PortfolioPhoto Apply(PortfolioPhotoApproved e) => this with { Approved = true, ApprovedBy = e.By, ApprovedAt = e.At };

    public PortfolioPhoto Apply(PortfolioPhotoApprovalLapsed e) => this with { Approved = false, ApprovedBy = null, ApprovedAt = null };

    public PortfolioPhoto Apply(PortfolioPhotoRemoved e) => this with { Removed = true };

    public PortfolioPhoto Apply(PortfolioPhotoRejected e) => this with { RejectedBecause = e.Reason };

    public bool Shown => Approved && !Removed;
}

internal sealed record PortfolioPhotoUploaded(Guid PhotoId, Guid FileId, Guid LearnerId, Guid By, string ByRole, DateTimeOffset At);

internal sealed record PortfolioPhotoApproved(Guid PhotoId, Guid LearnerId, Guid By, DateTimeOffset At);

/// <summary>The learner withdrew consent; the photo waits for a new approval.</summary>
internal sealed record PortfolioPhotoApprovalLapsed(Guid PhotoId, Guid LearnerId, DateTimeOffset At);

/// <summary>A trainer refused the photo for the portfolio; the learner reads why and may upload another.</summary>
internal sealed record PortfolioPhotoRejected(Guid PhotoId, Guid LearnerId, string Reason, Guid By, DateTimeOffset At);

internal sealed record PortfolioPhotoRemoved(Guid PhotoId, Guid LearnerId, Guid By, DateTimeOffset At);
