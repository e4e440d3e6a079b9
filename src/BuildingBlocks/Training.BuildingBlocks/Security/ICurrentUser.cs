using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Training.BuildingBlocks.Security;

/// <summary>Who is asking, as the session cookie says. Empty outside a request (relay, jobs).</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    string? Role { get; }

    Guid? FacilityId { get; }

    /// <summary>The employer organisation an employer user acts for.</summary>
    Guid? EmployerId { get; }

    string DisplayName { get; }

    /// <summary>The platform itself (start-up, relay, jobs): no request, so no person to scope to.</summary>
    bool IsSystem { get; }

    bool IsSignedIn => Id is not null;

    bool IsInRole(string role) => string.Equals(Role, role, StringComparison.Ordinal);
}

internal sealed class ClaimsCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(BekalClaims.UserId), out var id) ? id : null;

    public string? Role => Principal?.FindFirstValue(BekalClaims.Role);

    public Guid? FacilityId => Guid.TryParse(Principal?.FindFirstValue(BekalClaims.FacilityId), out var id) ? id : null;

    public Guid? EmployerId => Guid.TryParse(Principal?.FindFirstValue(BekalClaims.EmployerId), out var id) ? id : null;

    public string DisplayName => Principal?.FindFirstValue(BekalClaims.Name) ?? "";

    public bool IsSystem => accessor.HttpContext is null;
}

public static class CurrentUserRegistration
{
    public static IServiceCollection AddCurrentUser(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, ClaimsCurrentUser>();
        return services;
    }
}
