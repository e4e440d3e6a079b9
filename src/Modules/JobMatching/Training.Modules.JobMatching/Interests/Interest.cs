using Training.BuildingBlocks.Errors;

namespace Training.Modules.JobMatching.Interests;

/// <summary>
/// Where an interest stands. The officer reviews first, then the learner answers; only an accepted
/// interest shares the learner's name and contact route with the employer. Open ones expire after
/// 30 days without an answer, and are cancelled when the learner withdraws consent.
/// </summary>
internal enum InterestStatus
{
    AwaitingReview,
    DeclinedByOfficer,
    AwaitingLearner,
    DeclinedByLearner,
    Accepted,
    InterviewArranged,
    Hired,
    NotHired,
    Withdrawn,
    Cancelled,
    Expired,
}

/// <summary>What came of an interest, recorded by the employer or the officer.</summary>
internal enum InterestOutcome
{
    InterviewArranged,
    Hired,
    NotHired,
    Withdrawn,
}

/// <summary>An employer's request to contact a graduate, mediated by the officer of the learner's current facility.</summary>
internal sealed record Interest(
    Guid Id,
    Guid ProfileId,
    Guid LearnerId,
    string Alias,
    Guid EmployerId,
    string OrganizationName,
    Guid? JobId,
    string? JobTitle,
    string Message,
    InterestStatus Status,
    DateTimeOffset SentAt,
    DateTimeOffset WaitingSince,
    string? OfficerNote,
    string? ContactRoute,
    string? LearnerName,
    IReadOnlyList<InterestStep> Steps)
{
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromDays(30);

    public static Interest Create(InterestSent e) => new(
        e.InterestId, e.ProfileId, e.LearnerId, e.Alias, e.EmployerId, e.OrganizationName, e.JobId, e.JobTitle, e.Message, InterestStatus.AwaitingReview,
        e.At, e.At, null, null, null, [new InterestStep("Sent", "Employer", e.At)]);

    public Interest Apply(InterestReviewed e) => this with
    {
        Status = e.Approved ? InterestStatus.AwaitingLearner : InterestStatus.DeclinedByOfficer,
        WaitingSince = e.At,
        OfficerNote = e.Note,
        ContactRoute = e.ContactRoute,
        Steps = [.. Steps, new InterestStep(e.Approved ? "ApprovedByOfficer" : "DeclinedByOfficer", "FacilityOfficer", e.At)],
    };

    public Interest Apply(InterestAnswered e) => this with
    {
        Status = e.Accepted ? InterestStatus.Accepted : InterestStatus.DeclinedByLearner,
        LearnerName = e.LearnerName,
        Steps = [.. Steps, new InterestStep(e.Accepted ? "AcceptedByLearner" : "DeclinedByLearner", "Learner", e.At)],
    };

    public Interest Apply(InterestOutcomeRecorded e) => this with
    {
        Status = e.Outcome switch
        {
            InterestOutcome.InterviewArranged => InterestStatus.InterviewArranged,
            InterestOutcome.Hired => InterestStatus.Hired,
            InterestOutcome.NotHired => InterestStatus.NotHired,
            _ => InterestStatus.Withdrawn,
        },
        Steps = [.. Steps, new InterestStep(e.Outcome.ToString(), e.ByRole, e.At)],
    };

    public Interest Apply(InterestCancelled e) => this with
    {
        Status = InterestStatus.Cancelled,
        Steps = [.. Steps, new InterestStep("ConsentWithdrawn", "Learner", e.At)],
    };

    public Interest Apply(InterestExpired e) => this with
    {
        Status = InterestStatus.Expired,
        Steps = [.. Steps, new InterestStep("Expired", "Platform", e.At)],
    };

    public bool Open => Status is InterestStatus.AwaitingReview or InterestStatus.AwaitingLearner or InterestStatus.Accepted or InterestStatus.InterviewArranged;

    /// <summary>Waiting for the officer or the learner, who have 30 days from the last step.</summary>
    public bool AwaitingAnswer => Status is InterestStatus.AwaitingReview or InterestStatus.AwaitingLearner;

    /// <summary>The name and route are the employer's once the learner accepted, unless consent was withdrawn since.</summary>
    public bool SharesContact => LearnerName is not null && Status != InterestStatus.Cancelled;

    public InterestReviewed Review(bool approve, string note, string? contactRoute, Guid by, DateTimeOffset at) =>
        Status == InterestStatus.AwaitingReview
            ? new InterestReviewed(Id, approve, note, approve ? contactRoute : null, by, at)
            : throw new RuleBroken("interest.not-awaiting-review", isConflict: true);

    public InterestAnswered Answer(bool accept, string learnerName, Guid by, DateTimeOffset at) =>
        Status == InterestStatus.AwaitingLearner
            ? new InterestAnswered(Id, accept, accept ? learnerName : null, by, at)
            : throw new RuleBroken("interest.not-awaiting-learner", isConflict: true);

    public InterestOutcomeRecorded Record(InterestOutcome outcome, string byRole, Guid by, DateTimeOffset at)
    {
        var allowed = outcome switch
        {
            InterestOutcome.Withdrawn => Open,
            InterestOutcome.InterviewArranged => Status == InterestStatus.Accepted,
            _ => Status is InterestStatus.Accepted or InterestStatus.InterviewArranged,
        };
        return allowed ? new InterestOutcomeRecorded(Id, outcome, byRole, by, at) : throw new RuleBroken("interest.outcome-not-allowed", isConflict: true);
    }

    public InterestExpired Expire(DateTimeOffset now) =>
        AwaitingAnswer && now - WaitingSince >= AnswerWithin ? new InterestExpired(Id, now) : throw new RuleBroken("interest.not-due", isConflict: true);
}

/// <summary>One step of an interest as every party sees it: what happened, in which role, when.</summary>
internal sealed record InterestStep(string Step, string ByRole, DateTimeOffset At);

internal sealed record InterestSent(
    Guid InterestId, Guid ProfileId, Guid LearnerId, string Alias, Guid EmployerId, string OrganizationName, Guid? JobId, string? JobTitle, string Message,
    Guid By, DateTimeOffset At);

internal sealed record InterestReviewed(Guid InterestId, bool Approved, string Note, string? ContactRoute, Guid By, DateTimeOffset At);

internal sealed record InterestAnswered(Guid InterestId, bool Accepted, string? LearnerName, Guid By, DateTimeOffset At);

internal sealed record InterestOutcomeRecorded(Guid InterestId, InterestOutcome Outcome, string ByRole, Guid By, DateTimeOffset At);

/// <summary>The learner withdrew consent to the graduate profile while the interest was open.</summary>
internal sealed record InterestCancelled(Guid InterestId, Guid By, DateTimeOffset At);

internal sealed record InterestExpired(Guid InterestId, DateTimeOffset At);
