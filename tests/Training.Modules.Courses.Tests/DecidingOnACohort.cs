using FluentAssertions;
using Training.BuildingBlocks.Errors;
using Training.Modules.Courses.Cohorts;
using Xunit;

namespace Training.Modules.Courses.Tests;

public sealed class DecidingOnACohort
{
    [Fact]
    public void Enrolling_past_capacity_is_refused() =>
        FluentActions.Invoking(() => ACohort.Opened(capacity: 2).WithLearners(Guid.NewGuid(), Guid.NewGuid()).Enroll(Guid.NewGuid(), ACohort.Facility, Guid.NewGuid(), ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("cohort.enroll.full");

    [Fact]
    public void Enrolling_a_learner_of_another_facility_is_refused() =>
        FluentActions.Invoking(() => ACohort.Opened().Enroll(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("cohort.enroll.other-facility");

    [Fact]
    public void Enrolling_the_same_learner_twice_is_refused()
    {
        var learner = Guid.NewGuid();

        FluentActions.Invoking(() => ACohort.Opened().WithLearners(learner).Enroll(learner, ACohort.Facility, Guid.NewGuid(), ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("cohort.enroll.already-enrolled");
    }

    [Fact]
    public void A_withdrawn_seat_frees_capacity()
    {
        var first = Guid.NewGuid();
        var cohort = ACohort.Opened(capacity: 1).WithLearners(first);
        cohort = cohort.Apply(cohort.Withdraw(cohort.Seats[0].EnrollmentId, Contracts.WithdrawalReason.Withdrawn, null, Guid.NewGuid(), ACourse.Now));

        cohort.Enroll(Guid.NewGuid(), ACohort.Facility, Guid.NewGuid(), ACourse.Now).Should().NotBeNull();
    }

    [Fact]
    public void Attendance_for_a_learner_who_is_not_enrolled_is_refused() =>
        FluentActions.Invoking(() => ACohort.Opened().WithLearners(Guid.NewGuid())
                .RecordAttendance(ACohort.Monday, [new AttendanceMark(ACohort.Monday, Guid.NewGuid(), AttendanceStatus.Present)], Guid.NewGuid(), ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("attendance.not-enrolled");

    [Fact]
    public void Attendance_for_a_day_outside_the_schedule_is_refused()
    {
        var learner = Guid.NewGuid();

        FluentActions.Invoking(() => ACohort.Opened().WithLearners(learner)
                .RecordAttendance(ACohort.Monday.AddDays(1), [new AttendanceMark(ACohort.Monday.AddDays(1), learner, AttendanceStatus.Present)], Guid.NewGuid(), ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("attendance.unknown-session");
    }

    [Fact]
    public void A_correction_replaces_the_mark_and_is_recorded_as_a_correction()
    {
        var learner = Guid.NewGuid();
        var cohort = ACohort.Opened().WithLearners(learner);
        cohort = cohort.Apply(cohort.RecordAttendance(ACohort.Monday, [new AttendanceMark(ACohort.Monday, learner, AttendanceStatus.Absent)], Guid.NewGuid(), ACourse.Now));

        var correction = cohort.RecordAttendance(ACohort.Monday, [new AttendanceMark(ACohort.Monday, learner, AttendanceStatus.Present)], Guid.NewGuid(), ACourse.Now);
        cohort = cohort.Apply(correction);

        correction.IsCorrection.Should().BeTrue();
        cohort.AttendancePercent(learner).Should().Be(100);
    }

    [Fact]
    public void Attendance_counts_partial_as_half_and_leaves_excused_sessions_out()
    {
        var learner = Guid.NewGuid();
        var cohort = ACohort.Opened().WithLearners(learner);
        AttendanceStatus[] statuses = [AttendanceStatus.Present, AttendanceStatus.Partial, AttendanceStatus.Excused];
        foreach (var (session, status) in cohort.Sessions.Zip(statuses))
        {
            cohort = cohort.Apply(cohort.RecordAttendance(session, [new AttendanceMark(session, learner, status)], Guid.NewGuid(), ACourse.Now));
        }

        cohort.AttendancePercent(learner).Should().Be(75);
    }
}
