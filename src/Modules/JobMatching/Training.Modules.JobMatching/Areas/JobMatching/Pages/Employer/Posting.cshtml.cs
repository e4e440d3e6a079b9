using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Interests;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Matches;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Pages.Employer;

/// <summary>One of the employer's postings with its best matching graduates (pseudonymous), each with a form to send interest for it.</summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class PostingModel(IMediator mediator, JobMatchingErrorTexts errors, IStringLocalizer<JobMatchingResource> text)
    : EmployerPageModel(mediator, errors)
{
    public const string Form = "Interest";

    public JobView Posting { get; private set; } = null!;

    public MatchesView Matches { get; private set; } = null!;

    [BindProperty]
    public string? Message { get; set; }

    /// <summary>The graduate whose form is shown again with what was typed and why it was refused.</summary>
    public Guid? Posted { get; private set; }

    public static string Key(Guid profileId) => $"{Form}.{profileId:N}";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid profileId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var key = Matches.Items.Any(m => m.ProfileId == profileId) ? Key(profileId) : Form;
        var (ok, _) = await SendAsync(key, Form, new SendInterest(profileId, id, Message));
        if (ok)
        {
            Done = text["Interest.Sent.Done"];
            return Redirect("/employer/interests");
        }

        Posted = profileId;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        try
        {
            Posting = await Mediator.Send(new GetJob(id), HttpContext.RequestAborted);
            Matches = await Mediator.Send(new GetMatches(id), HttpContext.RequestAborted);
            return true;
        }
        catch (NotFound)
        {
            return false;
        }
    }
}
