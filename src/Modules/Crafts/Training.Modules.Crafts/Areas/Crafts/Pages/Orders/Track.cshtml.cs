using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.Modules.Crafts.Orders;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Orders;

/// <summary>
/// The buyer's private page of an order, opened by its tracking link: the steps, the quote with the account
/// to transfer to, and the button that accepts the quote. A wrong link finds nothing (404).
/// </summary>
[AllowAnonymous]
internal sealed class TrackModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string Form = "Accept";

    public TrackedOrder? Order { get; private set; }

    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token)
    {
        await LoadAsync(token);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(string token)
    {
        var (ok, _) = await SendAsync(Form, new AcceptQuote(token));
        if (ok)
        {
            return Succeeded(text["Orders.Track.Accepted"], new { token });
        }

        var status = Response.StatusCode;
        await LoadAsync(token);
        Response.StatusCode = Order is null ? StatusCodes.Status404NotFound : status;
        return Page();
    }

    private async Task LoadAsync(string token)
    {
        // Whoever holds the link may see the order; search engines are not among them.
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Token = token;
        Order = await FindAsync(new TrackOrder(token));
        if (Order is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
