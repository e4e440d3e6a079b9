using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.MakerCredits;
using Training.Modules.Crafts.Premi;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Premi;

/// <summary>"Karya &amp; premi saya" on the shared tablet: what she made, what sold, each premi line, payouts, her balance, and her alias choice.</summary>
[Authorize(Policy = Policies.Learner)]
internal sealed class MineModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string CreditForm = "MakerCredit";
    public const string WithdrawForm = "WithdrawCredit";

    public MyPremi Premi { get; private set; } = null!;

    [BindProperty]
    public string? Alias { get; set; }

    [BindProperty]
    public bool Consent { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Alias = Premi.MakerCredit?.Alias;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await SendAsync(CreditForm, new SetMakerCredit(Alias, Consent));
        return await AfterPostAsync(ok, text["Premi.Credit.Saved"], LoadAsync);
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        var (ok, _) = await SendAsync(WithdrawForm, new WithdrawMakerCredit());
        return await AfterPostAsync(ok, text["Premi.Credit.Withdrawn"], LoadAsync);
    }

    private async Task LoadAsync() => Premi = await Mediator.Send(new GetMyPremi(), HttpContext.RequestAborted);
}
