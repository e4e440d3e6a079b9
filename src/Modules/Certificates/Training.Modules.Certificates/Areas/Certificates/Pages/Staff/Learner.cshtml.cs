using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Holders;
using Training.Modules.Certificates.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Pages.Staff;

/// <summary>
/// One learner's certificates for the staff of her facility and platform admins. Officers and admins
/// may revoke a valid one for a fixed reason with an internal note, or reissue it under a corrected name;
/// the handlers decide. Revoked ones show the reason and the note: this page is for staff only.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class LearnerModel(IMediator mediator, CertificatesErrorTexts errors, ICurrentUser user, IStringLocalizer<CertificatesResource> text)
    : FormPageModel<CertificatesErrorTexts>(mediator, errors)
{
    public const string RevokeForm = "Revoke";
    public const string ReissueForm = "Reissue";

    public static IReadOnlyList<RevocationReason> Reasons { get; } = Enum.GetValues<RevocationReason>();

    public string Name { get; private set; } = "";

    public string? LearnerNumber { get; private set; }

    public IReadOnlyList<CertificateListItem> Certificates { get; private set; } = [];

    public bool MayManage => user.IsInRole(Roles.PlatformAdmin) || user.IsInRole(Roles.FacilityOfficer);

    [BindProperty]
    public RevokeInput Revoke { get; set; } = new();

    [BindProperty]
    public ReissueInput Reissue { get; set; } = new();

    /// <summary>The certificate whose form is shown again, open, with what was typed and why it was refused.</summary>
    public Guid? Posted { get; private set; }

    public static string Key(string form, Guid certificateId) => $"{form}.{certificateId:N}";

    public async Task<IActionResult> OnGetAsync(Guid learnerId)
    {
        if (!IsStaff)
        {
            return Forbid();
        }

        return await LoadAsync(learnerId) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid learnerId, Guid id)
    {
        if (await RefusedAsync(learnerId) is { } refused)
        {
            return refused;
        }

        var certificate = Certificates.FirstOrDefault(c => c.Id == id);
        var (ok, _) = certificate is null
            ? NotHers<CertificateStatusView>(RevokeForm, id)
            : await SendAsync(Key(RevokeForm, id), RevokeForm, new RevokeCertificate(Revoke.Reason, Revoke.Note) { CertificateId = id });
        return ok ? Succeeded(text["Staff.Revoked", certificate!.Number], new { learnerId }) : Shown(id);
    }

    public async Task<IActionResult> OnPostReissueAsync(Guid learnerId, Guid id)
    {
        if (await RefusedAsync(learnerId) is { } refused)
        {
            return refused;
        }

        var certificate = Certificates.FirstOrDefault(c => c.Id == id);
        var (ok, reissued) = certificate is null
            ? NotHers<ReissuedView>(ReissueForm, id)
            : await SendAsync(Key(ReissueForm, id), ReissueForm, new ReissueCertificate(Reissue.HolderName ?? "") { CertificateId = id });
        return ok ? Succeeded(text["Staff.Reissued", certificate!.Number, reissued.Number], new { learnerId }) : Shown(id);
    }

    private bool IsStaff => user.Role is { } role && Roles.Staff.Contains(role);

    /// <summary>Only officers and admins post here; the page of a learner the caller may not see does not exist.</summary>
    private async Task<IActionResult?> RefusedAsync(Guid learnerId) =>
        !MayManage ? Forbid()
        : !await LoadAsync(learnerId) ? NotFound()
        : null;

    /// <summary>A certificate of someone else posted from this learner's page is answered as one that does not exist.</summary>
    private (bool, T) NotHers<T>(string form, Guid id)
    {
        Refuse(Key(form, id), Errors.NotFound("certificate"), StatusCodes.Status404NotFound);
        return (false, default!);
    }

    private IActionResult Shown(Guid id)
    {
        Posted = id;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid learnerId)
    {
        try
        {
            Certificates = await Mediator.Send(new ListLearnerCertificates(learnerId), HttpContext.RequestAborted);
        }
        catch (NotFound)
        {
            return false;
        }

        // Identity shows a learner to her facility's staff; an admin reads the name off her certificates.
        var learner = await Mediator.Send(new GetLearnerSummary(learnerId), HttpContext.RequestAborted);
        if (learner is null && Certificates.Count == 0)
        {
            return false;
        }

        Name = learner?.FullName ?? Certificates.FirstOrDefault()?.HolderName ?? "";
        LearnerNumber = learner?.LearnerNumber;
        return true;
    }

    internal sealed class RevokeInput
    {
        public string? Reason { get; set; }

        public string? Note { get; set; }
    }

    internal sealed class ReissueInput
    {
        public string? HolderName { get; set; }
    }
}
