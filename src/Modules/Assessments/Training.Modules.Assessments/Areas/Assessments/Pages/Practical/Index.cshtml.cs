using Marten;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Web;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Assessments.Pages.Practical;

/// <summary>
/// The assessor picks a learner of the facility and a course with a practical part. No contract lists
/// a facility's enrolments, so the pair is looked up as the learner's enrolment in that course.
/// </summary>
[Authorize(Policy = Policies.Assessor)]
internal sealed class IndexModel(IMediator mediator, AssessmentsErrorTexts errors, IQuerySession session, ICurrentUser user)
    : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Pick";

    public IReadOnlyList<LearnerSummary> Learners { get; private set; } = [];

    public IReadOnlyList<CourseVersionInfo> Courses { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(Guid learnerId, Guid courseId)
    {
        var (ok, enrollment) = await SendAsync(Form, new GetEnrollment(learnerId, courseId));
        if (ok && enrollment is not null && enrollment.FacilityId == user.FacilityId)
        {
            return Redirect($"/assessments/{enrollment.EnrollmentId}/practical");
        }

        Refuse(Form, Errors.NotFound("enrollment"), StatusCodes.Status404NotFound);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var facility = user.FacilityId ?? Guid.Empty;
        Learners = [.. (await Mediator.Send(new ListLearnersOfFacility(facility), HttpContext.RequestAborted)).Where(l => !l.Released).OrderBy(l => l.FullName)];
        var plans = await session.Query<AssessmentPlan>().Where(p => p.Practical).ToListAsync(HttpContext.RequestAborted);
        var courses = new List<CourseVersionInfo>();
        foreach (var plan in plans)
        {
            if (await Mediator.Send(new GetCourseVersion(plan.CourseId, plan.CourseVersion), HttpContext.RequestAborted) is { } course
                && courses.All(c => c.CourseId != course.CourseId))
            {
                courses.Add(course);
            }
        }

        Courses = [.. courses.OrderBy(c => c.Title)];
    }
}
