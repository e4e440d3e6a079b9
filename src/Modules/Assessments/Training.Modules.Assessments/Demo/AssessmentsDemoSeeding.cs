using Marten;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.BuildingBlocks.Demo;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Results;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Assessments.Demo;

/// <summary>
/// With demo data on, once the demo courses exist: an assessment plan for each (written and
/// practical), one learner who passed the knitting course, one who has not passed its written test yet and
/// one who passed it and waits for the practical. Siti Aminah (WB-2026-001) is left to sit it herself.
/// </summary>
internal sealed class AssessmentsDemoSeeding(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<AssessmentsDemoSeeding> logger)
    : DemoSeeding(scopes, configuration, clock, logger)
{
    protected override Task<bool> TrySeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IMediator>().Send(new SeedDemoAssessments(), cancellationToken);
}

/// <summary>Seeds the demo assessment plans and sittings; answers false while the demo courses are not there yet.</summary>
internal sealed record SeedDemoAssessments : ICommand<bool>;

internal sealed class SeedDemoAssessmentsHandler(IDocumentSession session, IMediator mediator, TimeProvider clock) : IRequestHandler<SeedDemoAssessments, bool>
{
    public async Task<bool> Handle(SeedDemoAssessments command, CancellationToken cancellationToken)
    {
        if (await session.Query<AssessmentPlan>().AnyAsync(cancellationToken))
        {
            return true;
        }

        if (await mediator.Send(new FindFacility("LPP-PKY"), cancellationToken) is not { } facility)
        {
            return false;
        }

        var trainer = (await mediator.Send(new ListStaffOfFacility(facility.FacilityId, Roles.Trainer), cancellationToken)).FirstOrDefault();
        var assessor = (await mediator.Send(new ListStaffOfFacility(facility.FacilityId, Roles.Assessor), cancellationToken)).FirstOrDefault();
        var courses = trainer is null ? [] : await mediator.Send(new ListCoursesByAuthor(trainer.AccountId), cancellationToken);
        if (trainer is null || assessor is null || courses.Count < 3)
        {
            return false;
        }

        var learners = await mediator.Send(new ListLearnersOfFacility(facility.FacilityId), cancellationToken);
        await SeedAsync(courses, learners, trainer.AccountId, assessor.AccountId, cancellationToken);
        return true;
    }

    private async Task SeedAsync(
        IReadOnlyList<CourseVersionInfo> courses, IReadOnlyList<LearnerSummary> learners,
        Guid trainerId, Guid assessorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var course in courses)
        {
            var items = DemoQuestions.For(course.Category);
            if (items.Count == 0)
            {
                continue;
            }

            var questions = items.Select(i => new Question(Guid.NewGuid(), course.CompetencyUnits[Math.Min(i.Unit, course.CompetencyUnits.Count - 1)].UnitId, i.Text, i.Type,
                i.Type == QuestionType.TrueFalse ? Question.TrueFalseOptions : i.Options, i.Type == QuestionType.Numeric ? [] : [i.Correct], i.Number, i.Tolerance)).ToList();
            var plan = AssessmentPlan.Create(new PlanDefined(AssessmentPlan.IdFor(course.CourseId, course.Version), course.CourseId, course.Version,
                new WrittenSettings(60, questions.Count, 20, 3, 0, true), questions, true, trainerId, now));
            session.Events.Append(plan.Id, new PlanDefined(plan.Id, plan.CourseId, plan.CourseVersion, plan.Settings, plan.Questions, plan.Practical, trainerId, now));

            if (course.Category != SkillCategory.Knitting)
            {
                continue;
            }

            foreach (var (number, knowsIt, practical) in new[] { ("WB-2026-002", true, true), ("WB-2026-003", false, false), ("WB-2026-004", true, false) })
            {
                var learner = learners.FirstOrDefault(l => l.LearnerNumber == number);
                var enrollment = learner is null ? null : await mediator.Send(new GetEnrollment(learner.LearnerId, course.CourseId), cancellationToken);
                if (enrollment is not null)
                {
                    SitTest(session, plan, course, enrollment, knowsIt, practical, assessorId, now);
                }
            }
        }
    }

    /// <summary>One sitting, answered all right or all wrong; then, when asked for, a practical checklist with every criterion met.</summary>
    private static void SitTest(
        IDocumentSession session, AssessmentPlan plan, CourseVersionInfo course, EnrollmentInfo enrollment, bool knowsIt, bool practical, Guid assessorId, DateTimeOffset now)
    {
        var started = new AttemptStarted(Guid.NewGuid(), enrollment.EnrollmentId, enrollment.LearnerId, plan.Id,
            [.. plan.Questions.Select(q => new DrawnQuestion(q.Id, [.. Enumerable.Range(0, q.Options.Count)]))], now.AddMinutes(-10), now.AddMinutes(-30));
        var answers = new AnswersSaved(started.AttemptId, [.. plan.Questions.Select(q => q.Type == QuestionType.Numeric
            ? new Answer(q.Id, [], knowsIt ? q.CorrectNumber : 99)
            : new Answer(q.Id, [knowsIt ? q.Correct[0] : (q.Correct[0] + 1) % q.Options.Count], null))], now.AddMinutes(-15));
        var attempt = Attempt.Create(started).Apply(answers);
        var grade = Grading.Grade(plan, attempt);
        session.Events.StartStream<Attempt>(started.AttemptId, started, answers, new AttemptGraded(started.AttemptId, grade, false, now.AddMinutes(-12)));

        var opened = new AttemptOpened(enrollment.EnrollmentId, started.AttemptId, now.AddMinutes(-30));
        var graded = new WrittenGraded(enrollment.EnrollmentId, started.AttemptId, grade, now.AddMinutes(-12));
        var record = AssessmentRecord.Create(opened).Apply(graded);
        session.Events.StartStream<AssessmentRecord>(record.Id, opened, graded);
        if (!practical)
        {
            return;
        }

        var checklist = new PracticalRecorded(enrollment.EnrollmentId,
            [.. course.CompetencyUnits.Select(u => new PracticalUnit(u.UnitId, [.. u.PerformanceCriteria.Select((_, i) => new CriterionCheck(i, true, null))], []))], assessorId, now);
        record = record.Apply(checklist);
        var units = Outcomes.Of(plan, course, record);
        session.Events.Append(record.Id, checklist, new CoursePassed(enrollment.EnrollmentId, now),
            new CoursePassedIntegrationEvent(enrollment.EnrollmentId, enrollment.LearnerId, course.CourseId, course.Version, units, grade.ScorePercent, assessorId, now));
    }
}
