using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Training.Modules.Rogue.Web;

/// <summary>Breaks the rules on purpose: a page on ASP.NET Core's own base, outside Pages.</summary>
internal sealed class GadgetsModel : PageModel
{
    public void OnGet()
    {
    }
}
