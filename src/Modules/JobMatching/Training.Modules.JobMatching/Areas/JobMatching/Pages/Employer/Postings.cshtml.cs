using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Pages.Employer;

/// <summary>The employer's postings, a form for a new one (its matches are ranked at once), and closing an open one.</summary>
[Authorize(Policy = Policies.Employer)]
internal sealed class PostingsModel(IMediator mediator, JobMatchingErrorTexts errors, IStringLocalizer<JobMatchingResource> text)
    : EmployerPageModel(mediator, errors)
{
    public const string PostForm = "Posting";
    public const string CloseForm = "Close";

    public IReadOnlyList<JobView> Postings { get; private set; } = [];

    [BindProperty]
    public PostingInput Input { get; set; } = new();

    public RegionChoice Region => new("Input.", Input.Province, Input.Regency, Required: true);

    public static IReadOnlyList<string> SkillNames => Enum.GetNames<SkillCategory>();

    public static IReadOnlyList<string> WorkTypeNames => Enum.GetNames<WorkType>();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, id) = await SendAsync(PostForm, PostForm, Input.ToCommand());
        if (ok)
        {
            Done = text["Postings.Posted"];
            return Redirect($"/employer/postings/{id}");
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id)
    {
        var (ok, _) = await SendAsync(CloseForm, CloseForm, new CloseJob(id));
        if (ok)
        {
            return Succeeded(text["Postings.Closed"]);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Postings = await Mediator.Send(new MyJobs(), HttpContext.RequestAborted);

    internal sealed class PostingInput
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        public List<string> Skills { get; set; } = [];

        /// <summary>Unit codes as typed: separated by commas, semicolons or lines.</summary>
        public string? UnitCodes { get; set; }

        public string? Province { get; set; }

        public string? Regency { get; set; }

        public string? WorkType { get; set; }

        public int? Openings { get; set; } = 1;

        public DateOnly? ClosesOn { get; set; }

        public string? NoteToStaff { get; set; }

        public PostJob ToCommand() => new(
            Title, Description, Skills,
            [.. (UnitCodes ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            RegionChoice.ProvinceOf(Province, Regency), Regency, WorkType, Openings, ClosesOn, NoteToStaff);
    }
}
