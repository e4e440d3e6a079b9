using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;

namespace Training.Modules.Identity.Employers;

/// <summary>
/// Anyone may register an organisation; it can sign in at once but do nothing until verified. The
/// employer chose the password, so it is not temporary. The legal identity (NIB, NPWP when it has one,
/// address) is what the admin checks before verifying. A username that is taken, whoever holds it
/// (another employer or staff), gets one generic answer that names no one.
/// </summary>
internal sealed record RegisterEmployer(
    string OrganizationName, string ContactName, string Email, string Phone, string Username, string Password, string Nib, string Address, string? Npwp = null)
    : ICommand<Guid>;

internal sealed class RegisterEmployerValidator : AbstractValidator<RegisterEmployer>
{
    public RegisterEmployerValidator()
    {
        RuleFor(x => x.OrganizationName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ContactName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.Phone).NotEmpty().MaximumLength(32).Matches(@"^\+?[0-9 ()-]{6,}$").WithMessage("Use digits, spaces, dashes and an optional leading +.");
        RuleFor(x => x.Username).MustBeAUsername();
        RuleFor(x => x.Password).MustBeAPassword();
        RuleFor(x => x.Nib).Cascade(CascadeMode.Stop).NotEmpty()
            .Must(LegalIdentity.IsNib).WithErrorCode("employer.nib").WithMessage("The NIB is 13 digits.");
        RuleFor(x => x.Npwp).Cascade(CascadeMode.Stop).MaximumLength(24)
            .Must(LegalIdentity.IsNpwp).WithErrorCode("employer.npwp").WithMessage("The NPWP is 15 or 16 digits.");
        RuleFor(x => x.Address).NotEmpty().MaximumLength(500);
    }
}

internal sealed class RegisterEmployerHandler(IDocumentSession session, Secrets secrets, TimeProvider clock) : IRequestHandler<RegisterEmployer, Guid>
{
    public async Task<Guid> Handle(RegisterEmployer command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var employerId = Guid.NewGuid();
        var accountId = await Accounts.Accounts.CreateAsync(session, secrets, command.Username, command.Password, command.ContactName,
            Roles.Employer, facilityId: null, employerId, by: null, now, cancellationToken, takenCode: "employer.username-unavailable");
        var legal = LegalIdentity.Of(command.Nib, command.Npwp, command.Address)!;
        session.Events.StartStream<Employer>(employerId, new EmployerRegistered(
            employerId, command.OrganizationName.Trim(), command.ContactName.Trim(), command.Email.Trim(), command.Phone.Trim(), accountId, now,
            legal.Nib, legal.Npwp, legal.Address));
        return employerId;
    }
}

internal static class RegisterEmployerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/employers/registrations", async (RegisterEmployer command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Accepted($"/api/employers/{id}", new { id });
            })
            .CreatesResource()
            .AllowAnonymous()
            .RequireRateLimiting(Access.AccessPolicies.RegistrationLimit)
            .WithName(nameof(RegisterEmployer))
            .WithTags("Identity");
}
