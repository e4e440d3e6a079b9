using Training.BuildingBlocks;
using Training.Modules.Assessments.Attempts;

namespace Training.Modules.Assessments.Results;

/// <summary>The practical checklist of one unit: each performance criterion Ya/Tidak, with notes and photo evidence.</summary>
internal sealed record PracticalUnit(Guid UnitId, IReadOnlyList<CriterionCheck> Criteria, IReadOnlyList<Guid> Evidence)
{
    public bool AllMet => Criteria.Count > 0 && Criteria.All(c => c.Met);
}

internal sealed record CriterionCheck(int Index, bool Met, string? Note);

/// <summary>
/// Everything assessed for one enrolment: the attempts opened, the latest written grade, the
/// practical checklists and whether the course was passed (published once).
/// </summary>
internal sealed record AssessmentRecord(
    Guid Id, Guid EnrollmentId, IReadOnlyList<Guid> Attempts, IReadOnlyList<DateTimeOffset> SubmittedAt, Grade? Written, IReadOnlyList<PracticalUnit> Practical,
    Guid? AssessorId, DateTimeOffset? PassedAt)
{
    public static AssessmentRecord Create(AttemptOpened e) => new(IdFor(e.EnrollmentId), e.EnrollmentId, [e.AttemptId], [], null, [], null, null);

    public static AssessmentRecord Create(PracticalRecorded e) => new(IdFor(e.EnrollmentId), e.EnrollmentId, [], [], null, e.Units, e.AssessorId, null);

    /// <summary>
    /// Its own stream id, derived from the enrolment's: stream ids are shared by every module, and the
    /// enrolment's own id already names the Courses module's enrolment stream.
    /// </summary>
    public static Guid IdFor(Guid enrollmentId) => StableGuid.From($"assessment-record/{enrollmentId:N}");

    public AssessmentRecord Apply(AttemptOpened e) => this with { Attempts = [.. Attempts, e.AttemptId] };

    public AssessmentRecord Apply(WrittenGraded e) => this with { Written = e.Grade, SubmittedAt = [.. SubmittedAt, e.At] };

    public AssessmentRecord Apply(PracticalRecorded e) => this with
    {
        Practical = [.. Practical.Where(p => e.Units.All(u => u.UnitId != p.UnitId)), .. e.Units],
        AssessorId = e.AssessorId,
    };

    public AssessmentRecord Apply(CoursePassed e) => this with { PassedAt = e.At };
}

internal sealed record AttemptOpened(Guid EnrollmentId, Guid AttemptId, DateTimeOffset At);

internal sealed record WrittenGraded(Guid EnrollmentId, Guid AttemptId, Grade Grade, DateTimeOffset At);

internal sealed record PracticalRecorded(Guid EnrollmentId, IReadOnlyList<PracticalUnit> Units, Guid AssessorId, DateTimeOffset At);

internal sealed record CoursePassed(Guid EnrollmentId, DateTimeOffset At);
