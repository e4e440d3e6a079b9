using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Web;

namespace Training.Modules.Assessments.Pages.Trainer;

/// <summary>How often each question was answered right, weakest first, so the trainer finds the bad questions quickly.</summary>
[Authorize(Policy = Policies.Trainer)]
internal sealed class StatisticsModel(IMediator mediator, AssessmentsErrorTexts errors) : FormPageModel<AssessmentsErrorTexts>(mediator, errors)
{
    public const string Form = "Statistics";

    public IReadOnlyList<QuestionStatistic> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid courseId)
    {
        var (ok, statistics) = await SendAsync(Form, new QuestionStatistics(courseId));
        if (!ok)
        {
            return NotFound();
        }

        Questions = [.. statistics.OrderBy(q => q.ShareCorrectPercent).ThenByDescending(q => q.Asked)];
        return Page();
    }
}
