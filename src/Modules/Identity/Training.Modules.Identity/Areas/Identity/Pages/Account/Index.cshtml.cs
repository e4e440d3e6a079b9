using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Accounts;

namespace Training.Modules.Identity.Pages.Account;

[Authorize(Policy = Policies.SignedIn)]
internal sealed class IndexModel(IMediator mediator) : ReadPageModel(mediator)
{
    public MyAccount Me { get; private set; } = null!;

    /// <summary>What the page that led here did (a new secret, two-step sign-in turned on).</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Me = await Mediator.Send(new GetMyAccount(), cancellationToken);
}
