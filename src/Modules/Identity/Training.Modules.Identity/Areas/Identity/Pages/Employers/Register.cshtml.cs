using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Employers;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Employers;

/// <summary>Anyone may register an organisation; a platform admin verifies it before it may search or contact.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessPolicies.RegistrationLimit)]
internal sealed class RegisterModel(IMediator mediator, IdentityErrorTexts errors) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    [BindProperty]
    public RegistrationForm Employer { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await SendAsync(nameof(Employer), new RegisterEmployer(
            Employer.OrganizationName ?? "", Employer.ContactName ?? "", Employer.Email ?? "", Employer.Phone ?? "",
            Employer.Username ?? "", Employer.Password ?? "", Employer.Nib ?? "", Employer.Address ?? "", Employer.Npwp));
        return ok ? RedirectToPage("Registered") : Page();
    }

    internal sealed class RegistrationForm
    {
        public string? OrganizationName { get; set; }

        public string? ContactName { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Nib { get; set; }

        public string? Npwp { get; set; }

        public string? Address { get; set; }

        public string? Username { get; set; }

        public string? Password { get; set; }
    }
}
