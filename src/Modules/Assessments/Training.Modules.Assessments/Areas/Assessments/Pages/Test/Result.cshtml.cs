using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Results;
using Training.Modules.Assessments.Web;

namespace Training.Modules.Assessments.Pages.Test;

/// <summary>An enrolment's outcome: Kompeten / Belum Kompeten per unit and whether the course is passed.</summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class ResultModel(IMediator mediator, AssessmentsErrorTexts errors) : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Result";

    public ResultView? Result { get; private set; }

    /// <summary>The learner's own sittings with their scores; empty for staff.</summary>
    public IReadOnlyList<AttemptSummary> Attempts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid enrollmentId)
    {
        Result = (await SendAsync(Form, new GetResult(enrollmentId))).Result;
        if (Result is not null && User.IsInRole(Roles.Learner))
        {
            Attempts = await Mediator.Send(new MyAttempts(enrollmentId), HttpContext.RequestAborted);
        }

        return Page();
    }
}
