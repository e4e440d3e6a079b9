using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Facilities;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Admin;

[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class FacilitiesModel(IMediator mediator, IdentityErrorTexts errors, IStringLocalizer<IdentityResource> text) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    /// <summary>Indonesia's three time zones: WIB, WITA and WIT.</summary>
    public static readonly string[] TimeZones = [FacilityTime.PlatformZoneId, "Asia/Makassar", "Asia/Jayapura"];

    public IReadOnlyList<FacilityInfo> Facilities { get; private set; } = [];

    [BindProperty]
    public NewFacilityForm New { get; set; } = new();

    [BindProperty]
    public RenameForm Rename { get; set; } = new();

    /// <summary>The facility whose rename form is shown again with its messages.</summary>
    public Guid? Renaming { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var (ok, _) = await SendAsync(nameof(New), new CreateFacility(New.Code ?? "", New.Name ?? "", New.TimeZone ?? ""));
        return await AfterPostAsync(ok, text["Facilities.Created", New.Code?.Trim().ToUpperInvariant() ?? ""], LoadAsync);
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid id)
    {
        Renaming = id;
        var (ok, _) = await SendAsync(nameof(Rename), new RenameFacility(id, Rename.Name ?? ""));
        return await AfterPostAsync(ok, text["Facilities.Renamed", Rename.Name?.Trim() ?? ""], LoadAsync);
    }

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id)
    {
        var (ok, _) = await SendAsync("Deactivate", new DeactivateFacility(id));
        return await AfterPostAsync(ok, text["Facilities.Deactivated"], LoadAsync);
    }

    private async Task LoadAsync() => Facilities = await Mediator.Send(new ListFacilities(), HttpContext.RequestAborted);

    internal sealed class NewFacilityForm
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? TimeZone { get; set; } = TimeZones[0];
    }

    internal sealed class RenameForm
    {
        public string? Name { get; set; }
    }
}
