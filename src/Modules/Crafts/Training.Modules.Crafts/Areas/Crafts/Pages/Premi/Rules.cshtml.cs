using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Premi;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Pages.Premi;

/// <summary>The platform admin's allocation rules: each facility's rules with their legal basis, and a form to set one.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class RulesModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string RuleForm = "Rule";

    public IReadOnlyList<(FacilityInfo Facility, AllocationRulesView Rules)> Facilities { get; private set; } = [];

    [BindProperty]
    public RuleInput Rule { get; set; } = new();

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await SendAsync(RuleForm, new SetAllocationRule(Percent(Rule.PremiPercent), Percent(Rule.PnbpPercent), Percent(Rule.CapitalPercent), Rule.EffectiveFrom, Rule.LegalBasis)
        {
            FacilityId = Rule.FacilityId,
        });
        return await AfterPostAsync(ok, text["Premi.Rules.Saved"], LoadAsync);
    }

    /// <summary>A number field sends "50.5" whatever the page's language; a comma typed by hand means the same.</summary>
    private static decimal? Percent(string? text) =>
        decimal.TryParse(text?.Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var percent) ? percent : null;

    private async Task LoadAsync()
    {
        var facilities = await Mediator.Send(new ListAllFacilities(), HttpContext.RequestAborted);
        var shown = new List<(FacilityInfo, AllocationRulesView)>();
        foreach (var facility in facilities.Where(f => f.Active))
        {
            shown.Add((facility, await Mediator.Send(new GetAllocationRules(facility.FacilityId), HttpContext.RequestAborted)));
        }

        Facilities = shown;
    }

    internal sealed class RuleInput
    {
        public Guid FacilityId { get; set; }

        public string? PremiPercent { get; set; }

        public string? PnbpPercent { get; set; }

        public string? CapitalPercent { get; set; }

        public DateOnly? EffectiveFrom { get; set; }

        public string? LegalBasis { get; set; }
    }
}
