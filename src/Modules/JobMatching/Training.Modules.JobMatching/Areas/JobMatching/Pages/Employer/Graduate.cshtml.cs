using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Interests;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Search;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Pages.Employer;

/// <summary>
/// A graduate's pseudonymous profile with the approved portfolio photos (the handler records each
/// opening as a view the learner sees) and a form to send interest, for one of the open postings or none.
/// </summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class GraduateModel(IMediator mediator, JobMatchingErrorTexts errors, IStringLocalizer<JobMatchingResource> text)
    : EmployerPageModel(mediator, errors)
{
    public const string Form = "Interest";

    public GraduateCard Card { get; private set; } = null!;

    public CardView Shown => new(Card, null);

    public IReadOnlyList<JobView> OpenPostings { get; private set; } = [];

    [BindProperty]
    public Guid? JobId { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid profileId) => await LoadAsync(profileId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid profileId)
    {
        var (ok, _) = await SendAsync(Form, Form, new SendInterest(profileId, JobId, Message));
        if (ok)
        {
            Done = text["Interest.Sent.Done"];
            return Redirect("/employer/interests");
        }

        return await LoadAsync(profileId) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid profileId)
    {
        try
        {
            Card = await Mediator.Send(new ViewGraduate(profileId), HttpContext.RequestAborted);
        }
        catch (NotFound)
        {
            return false;
        }

        OpenPostings = [.. (await Mediator.Send(new MyJobs(), HttpContext.RequestAborted)).Where(p => p.Open)];
        return true;
    }
}
