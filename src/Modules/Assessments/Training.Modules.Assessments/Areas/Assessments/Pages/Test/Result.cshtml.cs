using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Assessments.Results;
using Training.Modules.Assessments.Web;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Assessments.Pages.Test;

/// <summary>
/// An enrolment's outcome: per unit Kompeten / Belum Kompeten, the written share and where the practical
/// stands with the assessor's notes, and whether the course is passed. Times as the learner's facility tells them.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ResultModel(IMediator mediator, AssessmentsErrorTexts errors, ICurrentUser user) : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Result";

    public ResultView? Result { get; private set; }

    /// <summary>The learner's own sittings with their scores; empty for staff.</summary>
    public IReadOnlyList<AttemptSummary> Attempts { get; private set; } = [];

    /// <summary>Attempts left and what is next; for the learner herself only.</summary>
    public AssessmentStanding? Standing { get; private set; }

    private string? _timeZone;

    public async Task<IActionResult> OnGetAsync(Guid enrollmentId)
    {
        Result = (await SendAsync(Form, new GetResult(enrollmentId))).Result;
        if (Result is null)
        {
            return Page();
        }

        var enrollment = await Mediator.Send(new GetEnrollmentById(enrollmentId), HttpContext.RequestAborted);
        _timeZone = enrollment is null ? null : (await Mediator.Send(new GetFacility(enrollment.FacilityId), HttpContext.RequestAborted))?.TimeZone;
        if (User.IsInRole(Roles.Learner))
        {
            Attempts = await Mediator.Send(new MyAttempts(enrollmentId), HttpContext.RequestAborted);
            Standing = await Mediator.Send(new GetAssessmentStanding(enrollmentId, user.Id ?? Guid.Empty), HttpContext.RequestAborted);
        }

        return Page();
    }

    /// <summary>A moment as the learner's facility tells time.</summary>
    public string Local(DateTimeOffset moment) => LocalTimes.ShowWithDay(moment, _timeZone);
}
