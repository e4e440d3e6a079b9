using FluentAssertions;
using Training.BuildingBlocks.Errors;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Results;
using Training.Modules.Courses.Contracts;
using Xunit;

namespace Training.Modules.Assessments.Tests;

public sealed class DecidingEligibility
{
    private static readonly DateTimeOffset Now = new(2026, 12, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly AssessmentPlan Plan = new(Guid.NewGuid(), Guid.NewGuid(), 1, new WrittenSettings(60, 1, 30, 2, 24, true),
        [new Question(Guid.NewGuid(), Guid.NewGuid(), "?", QuestionType.TrueFalse, ["Benar", "Salah"], [0], null, 0)], false);

    private static EnrollmentInfo Enrollment(bool active = true, int attendance = 100) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 1, Guid.NewGuid(), active, new(2026, 12, 1), new(2026, 12, 31), attendance, 75);

    private static AssessmentRecord Record(int attempts) =>
        new(Guid.NewGuid(), Guid.NewGuid(), [.. Enumerable.Range(0, attempts).Select(_ => Guid.NewGuid())], [], null, [], null, null);

    private static Attempt Submitted(DateTimeOffset at) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Plan.Id, [], at.AddMinutes(-20), at.AddMinutes(10), [], new Grade(0, [], false), at);

    private static string Refusal(Action check) => FluentActions.Invoking(check).Should().Throw<RuleBroken>().Which.Code;

    [Fact]
    public void A_withdrawn_learner_may_not_start() =>
        Refusal(() => Eligibility.Ensure(Enrollment(active: false), Plan, null, null, Now)).Should().Be("assessment.not-enrolled");

    [Fact]
    public void A_course_without_a_written_part_has_no_attempts() =>
        Refusal(() => Eligibility.Ensure(Enrollment(), Plan with { Questions = [] }, null, null, Now)).Should().Be("assessment.no-written-part");

    [Fact]
    public void Attendance_below_the_minimum_is_refused() =>
        Refusal(() => Eligibility.Ensure(Enrollment(attendance: 74), Plan, null, null, Now)).Should().Be("assessment.attendance-too-low");

    [Fact]
    public void Attempts_run_out() =>
        Refusal(() => Eligibility.Ensure(Enrollment(), Plan, Record(2), null, Now)).Should().Be("assessment.no-attempts-left");

    [Fact]
    public void A_new_attempt_waits_out_the_cool_down()
    {
        Refusal(() => Eligibility.Ensure(Enrollment(), Plan, Record(1), Submitted(Now.AddHours(-23)), Now)).Should().Be("assessment.cooling-down");
        FluentActions.Invoking(() => Eligibility.Ensure(Enrollment(), Plan, Record(1), Submitted(Now.AddHours(-25)), Now)).Should().NotThrow();
    }

    [Fact]
    public void A_passed_course_is_not_sat_again() =>
        Refusal(() => Eligibility.Ensure(Enrollment(), Plan, Record(1) with { PassedAt = Now }, null, Now)).Should().Be("assessment.already-passed");
}
