using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Employers;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Admin;

/// <summary>
/// The verification queue: pending employers first with their legal identity, each verified or rejected
/// with a reason; a verified one may be suspended.
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class EmployersModel(IMediator mediator, IdentityErrorTexts errors, IStringLocalizer<IdentityResource> text) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    public IReadOnlyList<EmployerView> Employers { get; private set; } = [];

    public IEnumerable<EmployerView> Pending => Employers.Where(e => e.Status == nameof(EmployerVerification.Pending));

    public IEnumerable<EmployerView> Decided => Employers.Where(e => e.Status != nameof(EmployerVerification.Pending));

    [BindProperty]
    public ReasonForm Reject { get; set; } = new();

    [BindProperty]
    public ReasonForm Suspend { get; set; } = new();

    /// <summary>The employer whose forms are shown again with their messages.</summary>
    public Guid? Deciding { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostVerifyAsync(Guid id)
    {
        Deciding = id;
        var (ok, _) = await SendAsync("Verify", new VerifyEmployer(id, null));
        return await AfterPostAsync(ok, text["Employers.Verified", await NameAsync(id)], LoadAsync);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id)
    {
        Deciding = id;
        var (ok, _) = await SendAsync(nameof(Reject), new RejectEmployer(id, Reject.Reason ?? ""));
        return await AfterPostAsync(ok, text["Employers.Rejected", await NameAsync(id)], LoadAsync);
    }

    public async Task<IActionResult> OnPostSuspendAsync(Guid id)
    {
        Deciding = id;
        var (ok, _) = await SendAsync(nameof(Suspend), new SuspendEmployer(id, Suspend.Reason ?? ""));
        return await AfterPostAsync(ok, text["Employers.Suspended", await NameAsync(id)], LoadAsync);
    }

    public async Task<IActionResult> OnPostReinstateAsync(Guid id)
    {
        Deciding = id;
        var (ok, _) = await SendAsync("Reinstate", new ReinstateEmployer { EmployerId = id });
        return await AfterPostAsync(ok, text["Employers.Reinstated", await NameAsync(id)], LoadAsync);
    }

    private async Task<string> NameAsync(Guid id)
    {
        await LoadAsync();
        return Employers.FirstOrDefault(e => e.Id == id)?.OrganizationName ?? "";
    }

    private async Task LoadAsync() => Employers = await Mediator.Send(new ListEmployers(), HttpContext.RequestAborted);

    internal sealed class ReasonForm
    {
        public string? Reason { get; set; }
    }
}
