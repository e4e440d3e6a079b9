using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Facilities;

namespace Training.Modules.Identity.Accounts;

/// <summary>
/// A platform admin creates a staff account; all but platform admins belong to one facility.
/// The admin chose the password, so it is temporary: the staff member chooses their own at first sign-in.
/// </summary>
internal sealed record CreateStaffAccount(string Username, string Password, string DisplayName, string Role, Guid? FacilityId = null) : ICommand<Guid>;

internal sealed class CreateStaffAccountValidator : AbstractValidator<CreateStaffAccount>
{
    public CreateStaffAccountValidator()
    {
        RuleFor(x => x.Username).MustBeAUsername();
        RuleFor(x => x.Password).MustBeAPassword();
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Role).Must(r => r is not null && Roles.Staff.Contains(r))
            .WithMessage($"Role must be one of {string.Join(", ", Roles.Staff.Order())}.");
        RuleFor(x => x.FacilityId).NotEmpty().When(x => x.Role != Roles.PlatformAdmin)
            .WithMessage("Facility staff belong to one facility.");
        RuleFor(x => x.FacilityId).Null().When(x => x.Role == Roles.PlatformAdmin)
            .WithMessage("Platform admins belong to no facility.");
    }
}

internal sealed class CreateStaffAccountHandler(IDocumentSession session, Secrets secrets, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateStaffAccount, Guid>
{
    public async Task<Guid> Handle(CreateStaffAccount command, CancellationToken cancellationToken)
    {
        if (command.FacilityId is { } facilityId && await session.LoadAsync<Facility>(facilityId, cancellationToken) is not { Active: true })
        {
            throw new NotFound("facility", facilityId);
        }

        return await Accounts.CreateAsync(session, secrets, command.Username, command.Password, command.DisplayName, command.Role,
            command.FacilityId, employerId: null, user.Id, clock.GetUtcNow(), cancellationToken, temporary: true);
    }
}

internal static class Accounts
{
    /// <summary>The roles that may (and, with <c>Identity:RequireTwoFactor</c>, must) sign in with a second factor.</summary>
    public static readonly IReadOnlySet<string> TwoFactorRoles = new HashSet<string>(StringComparer.Ordinal) { Roles.PlatformAdmin, Roles.FacilityOfficer };

    /// <summary>
    /// Starts an account's stream; a taken username is refused with <paramref name="takenCode"/> (the unique
    /// index guards races). The password is hashed first, so a taken name answers no faster than a free one.
    /// </summary>
    public static async Task<Guid> CreateAsync(
        IDocumentSession session, Secrets secrets, string username, string password, string displayName, string role,
        Guid? facilityId, Guid? employerId, Guid? by, DateTimeOffset at, CancellationToken cancellationToken,
        bool temporary = false, string takenCode = "account.username-taken")
    {
        var normalized = SecretRules.Normalize(username);
        var hash = secrets.Hash(password);
        if (await session.Query<Account>().AnyAsync(a => a.Username == normalized, cancellationToken))
        {
            throw new RuleBroken(takenCode, isConflict: true);
        }

        var id = Guid.NewGuid();
        session.Events.StartStream<Account>(id,
            new AccountCreated(id, normalized, hash, displayName.Trim(), role, facilityId, employerId, by, at, temporary));
        return id;
    }
}

internal static class CreateStaffAccountEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/staff", async (CreateStaffAccount command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/staff/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(CreateStaffAccount))
            .WithTags("Identity");
}
