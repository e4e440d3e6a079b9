using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Facilities;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Admin;

[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class StaffModel(IMediator mediator, IdentityErrorTexts errors, IStringLocalizer<IdentityResource> text) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    /// <summary>The roles an admin gives, facility roles first: most new accounts are facility staff.</summary>
    public static readonly string[] StaffRoles = [Roles.FacilityOfficer, Roles.Trainer, Roles.Assessor, Roles.PlatformAdmin];

    public IReadOnlyList<StaffView> Staff { get; private set; } = [];

    public IReadOnlyList<FacilityInfo> Facilities { get; private set; } = [];

    [BindProperty]
    public NewStaffForm New { get; set; } = new();

    public string FacilityCode(Guid? id) => Facilities.FirstOrDefault(f => f.FacilityId == id)?.Code ?? "";

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var facility = Guid.TryParse(New.FacilityId, out var id) ? id : (Guid?)null;
        var (ok, _) = await SendAsync(nameof(New), new CreateStaffAccount(New.Username ?? "", New.Password ?? "", New.DisplayName ?? "", New.Role ?? "", facility));
        return await AfterPostAsync(ok, text["Staff.Created", New.Username?.Trim() ?? ""], LoadAsync);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id)
    {
        var (ok, _) = await SendAsync("Disable", new DisableAccount(id));
        return await AfterPostAsync(ok, text["Staff.Disabled"], LoadAsync);
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        var (ok, _) = await SendAsync("Disable", new UnlockAccount(id));
        return await AfterPostAsync(ok, text["Staff.Unlocked"], LoadAsync);
    }

    /// <summary>A new password from the admin is temporary: the owner chooses their own at the next sign-in.</summary>
    public async Task<IActionResult> OnPostResetAsync(Guid id, string? password)
    {
        var (ok, _) = await SendAsync("Disable", new ResetPassword(id, password ?? ""));
        return await AfterPostAsync(ok, text["Staff.PasswordReset"], LoadAsync);
    }

    private async Task LoadAsync()
    {
        Staff = await Mediator.Send(new ListStaff(), HttpContext.RequestAborted);
        Facilities = await Mediator.Send(new ListFacilities(), HttpContext.RequestAborted);
    }

    internal sealed class NewStaffForm
    {
        public string? Username { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }

        public string? Role { get; set; } = Roles.FacilityOfficer;

        public string? FacilityId { get; set; }
    }
}
