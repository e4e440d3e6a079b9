using Training.BuildingBlocks.Storage;
using Training.Modules.JobMatching.Contracts;
using Training.Modules.JobMatching.Inbox;
using Training.Modules.JobMatching.Interests;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Matches;
using Training.Modules.JobMatching.Placements;
using Training.Modules.JobMatching.Portfolio;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching;

/// <summary>
/// The names the module's events and documents are stored under (docs/stored-names.md). They are the
/// names Marten derived from the class names before this list existed, so stored data keeps loading;
/// renaming a class leaves its name here unchanged.
/// </summary>
internal static class JobMatchingStoredNames
{
    public static StoredNames All { get; } = new StoredNames()
        .Event<GraduateConsentGiven>("graduate_consent_given")
        .Event<GraduateConsentWithdrawn>("graduate_consent_withdrawn")
        .Event<GraduateMatchesOutdated>("graduate_matches_outdated")
        .Event<GraduatePlacedIntegrationEvent>("graduate_placed_integration_event")
        .Event<GraduateProfileSaved>("graduate_profile_saved")
        .Event<InterestAnswered>("interest_answered")
        .Event<InterestCancelled>("interest_cancelled")
        .Event<InterestExpired>("interest_expired")
        .Event<InterestOutcomeRecorded>("interest_outcome_recorded")
        .Event<InterestReviewed>("interest_reviewed")
        .Event<InterestSent>("interest_sent")
        .Event<JobPosted>("job_posted")
        .Event<JobPostingClosed>("job_posting_closed")
        .Event<PortfolioPhotoApprovalLapsed>("portfolio_photo_approval_lapsed")
        .Event<PortfolioPhotoApproved>("portfolio_photo_approved")
        .Event<PortfolioPhotoRejected>("portfolio_photo_rejected")
        .Event<PortfolioPhotoRemoved>("portfolio_photo_removed")
        .Event<PortfolioPhotoUploaded>("portfolio_photo_uploaded")
        .Event<PostingMatchesOutdated>("posting_matches_outdated")
        .Document<GraduateListing>("graduatelisting")
        .Document<GraduateProfile>("graduateprofile")
        .Document<Interest>("interest")
        .Document<JobPosting>("jobposting")
        .Document<Placement>("placement")
        .Document<PortfolioPhoto>("portfoliophoto")
        .Document<PostingMatches>("postingmatches")
        .Document<VerifiedEmployer>("verifiedemployer");
}
