using Training.BuildingBlocks.Errors;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Cohorts;

internal enum AttendanceStatus
{
    Present,
    Partial,
    Excused,
    Absent,
}

internal sealed record Seat(Guid EnrollmentId, Guid LearnerId, bool Active, WithdrawalReason? Reason);

internal sealed record AttendanceMark(DateOnly Session, Guid LearnerId, AttendanceStatus Status);

/// <summary>
/// One run (angkatan) of a course version at a facility: its schedule, its seats, its requests
/// for a place and the attendance of every session.
/// </summary>
internal sealed record Cohort(
    Guid Id,
    Guid CourseId,
    int CourseVersion,
    Guid FacilityId,
    Guid TrainerId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int Capacity,
    IReadOnlyList<DateOnly> Sessions,
    IReadOnlyList<Seat> Seats,
    IReadOnlyList<Guid> Requests,
    IReadOnlyList<AttendanceMark> Attendance,
    bool Completed)
{
    public int TakenSeats => Seats.Count(s => s.Active);

    public static Cohort Create(CohortOpened e) =>
        new(e.CohortId, e.CourseId, e.CourseVersion, e.FacilityId, e.TrainerId, e.StartsOn, e.EndsOn, e.Capacity, e.Sessions, [], [], [], false);

    public Cohort Apply(LearnerEnrolled e) => this with
    {
        Seats = [.. Seats, new Seat(e.EnrollmentId, e.LearnerId, true, null)],
        Requests = [.. Requests.Where(r => r != e.LearnerId)],
    };

    public Cohort Apply(PlaceRequested e) => this with { Requests = [.. Requests, e.LearnerId] };

    public Cohort Apply(PlaceRequestDeclined e) => this with { Requests = [.. Requests.Where(r => r != e.LearnerId)] };

    public Cohort Apply(LearnerWithdrawn e) => this with
    {
        Seats = [.. Seats.Select(s => s.EnrollmentId == e.EnrollmentId ? s with { Active = false, Reason = e.Reason } : s)],
    };

    public Cohort Apply(AttendanceRecorded e) => this with
    {
        Attendance = [.. Attendance.Where(m => m.Session != e.Session || e.Marks.All(n => n.LearnerId != m.LearnerId)), .. e.Marks],
    };

    public Cohort Apply(CohortCompleted e) => this with { Completed = true };

    public LearnerEnrolled Enroll(Guid learnerId, Guid learnerFacilityId, Guid by, DateTimeOffset at)
    {
        EnsureOpen();
        if (learnerFacilityId != FacilityId)
        {
            throw new RuleBroken("cohort.enroll.other-facility");
        }

        if (Seats.Any(s => s.Active && s.LearnerId == learnerId))
        {
            throw new RuleBroken("cohort.enroll.already-enrolled", isConflict: true);
        }

        return TakenSeats >= Capacity
            ? throw new RuleBroken("cohort.enroll.full", isConflict: true)
            : new LearnerEnrolled(Id, Guid.NewGuid(), learnerId, by, at);
    }

    public PlaceRequested RequestPlace(Guid learnerId, Guid learnerFacilityId, DateTimeOffset at)
    {
        EnsureOpen();
        if (learnerFacilityId != FacilityId)
        {
            throw new NotFound("cohort", Id);
        }

        return Seats.Any(s => s.Active && s.LearnerId == learnerId) || Requests.Contains(learnerId)
            ? throw new RuleBroken("cohort.request.already", isConflict: true)
            : new PlaceRequested(Id, learnerId, at);
    }

    public PlaceRequestDeclined Decline(Guid learnerId, string? note, Guid by, DateTimeOffset at) =>
        Requests.Contains(learnerId) ? new PlaceRequestDeclined(Id, learnerId, note, by, at) : throw new RuleBroken("cohort.request.none", isConflict: true);

    public LearnerWithdrawn Withdraw(Guid enrollmentId, WithdrawalReason reason, string? note, Guid by, DateTimeOffset at)
    {
        var seat = Seats.FirstOrDefault(s => s.EnrollmentId == enrollmentId) ?? throw new NotFound("enrollment", enrollmentId);
        return seat.Active
            ? new LearnerWithdrawn(Id, enrollmentId, seat.LearnerId, reason, note, by, at)
            : throw new RuleBroken("cohort.withdraw.not-enrolled", isConflict: true);
    }

    /// <summary>A first record or a correction: either way an event with who and when.</summary>
    public AttendanceRecorded RecordAttendance(DateOnly session, IReadOnlyList<AttendanceMark> marks, Guid by, DateTimeOffset at)
    {
        if (!Sessions.Contains(session))
        {
            throw new RuleBroken("attendance.unknown-session");
        }

        var enrolled = Seats.Where(s => s.Active).Select(s => s.LearnerId).ToHashSet();
        if (marks.Any(m => !enrolled.Contains(m.LearnerId)))
        {
            throw new RuleBroken("attendance.not-enrolled");
        }

        var corrects = Attendance.Any(m => m.Session == session && marks.Any(n => n.LearnerId == m.LearnerId));
        return new AttendanceRecorded(Id, session, marks, corrects, by, at);
    }

    public CohortCompleted Complete(Guid by, DateTimeOffset at)
    {
        EnsureOpen();
        return new CohortCompleted(Id, by, at);
    }

    public int AttendancePercent(Guid learnerId) => AttendanceRate(Attendance.Where(m => m.LearnerId == learnerId)) ?? 0;

    /// <summary>Present counts whole, partial half; excused sessions are left out of the count. Null when nothing counts.</summary>
    public static int? AttendanceRate(IEnumerable<AttendanceMark> marks)
    {
        var counted = marks.Where(m => m.Status != AttendanceStatus.Excused).ToList();
        if (counted.Count == 0)
        {
            return null;
        }

        var attended = counted.Sum(m => m.Status switch { AttendanceStatus.Present => 1.0, AttendanceStatus.Partial => 0.5, _ => 0.0 });
        return (int)Math.Round(100 * attended / counted.Count, MidpointRounding.AwayFromZero);
    }

    public SessionsAttended SessionsAttended(Guid learnerId)
    {
        var marks = Attendance.Where(m => m.LearnerId == learnerId).ToList();
        var present = marks.Count(m => m.Status is AttendanceStatus.Present or AttendanceStatus.Partial);
        return new SessionsAttended(present, marks.Count, Sessions.Count, AttendancePercent(learnerId));
    }

    private void EnsureOpen()
    {
        if (Completed)
        {
            throw new RuleBroken("cohort.completed", isConflict: true);
        }
    }
}

internal sealed record CohortOpened(
    Guid CohortId, Guid CourseId, int CourseVersion, Guid FacilityId, Guid TrainerId, DateOnly StartsOn, DateOnly EndsOn, int Capacity,
    IReadOnlyList<DateOnly> Sessions, Guid By, DateTimeOffset At);

internal sealed record LearnerEnrolled(Guid CohortId, Guid EnrollmentId, Guid LearnerId, Guid By, DateTimeOffset At);

internal sealed record PlaceRequested(Guid CohortId, Guid LearnerId, DateTimeOffset At);

internal sealed record PlaceRequestDeclined(Guid CohortId, Guid LearnerId, string? Note, Guid By, DateTimeOffset At);

internal sealed record LearnerWithdrawn(Guid CohortId, Guid EnrollmentId, Guid LearnerId, WithdrawalReason Reason, string? Note, Guid By, DateTimeOffset At);

internal sealed record AttendanceRecorded(Guid CohortId, DateOnly Session, IReadOnlyList<AttendanceMark> Marks, bool IsCorrection, Guid By, DateTimeOffset At);

internal sealed record CohortCompleted(Guid CohortId, Guid By, DateTimeOffset At);
