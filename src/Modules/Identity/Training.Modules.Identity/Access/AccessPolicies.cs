using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Access;

internal static class AccessPolicies
{
    public const string SignInLimit = "signin";
    public const string RegistrationLimit = "employer-registration";

    /// <summary>Platform admins and facility officers: they lift lockouts and may enrol a second factor.</summary>
    public const string AdminOrOfficer = nameof(AdminOrOfficer);

    public static void AddAccessPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireClaim(BekalClaims.Role, Roles.PlatformAdmin))
            .AddPolicy(Policies.FacilityOfficer, p => p.RequireClaim(BekalClaims.Role, Roles.FacilityOfficer))
            .AddPolicy(Policies.Trainer, p => p.RequireClaim(BekalClaims.Role, Roles.Trainer))
            .AddPolicy(Policies.Assessor, p => p.RequireClaim(BekalClaims.Role, Roles.Assessor))
            .AddPolicy(Policies.Learner, p => p.RequireClaim(BekalClaims.Role, Roles.Learner))
            .AddPolicy(Policies.FacilityStaff, p => p.RequireClaim(BekalClaims.Role, Roles.FacilityStaff))
            .AddPolicy(Policies.Employer, p => p.RequireClaim(BekalClaims.Role, Roles.Employer))
            .AddPolicy(Policies.VerifiedEmployer, p => p
                .RequireClaim(BekalClaims.Role, Roles.Employer)
                .RequireClaim(BekalClaims.EmployerStatus, nameof(EmployerVerification.Verified)))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(AdminOrOfficer, p => p.RequireClaim(BekalClaims.Role, Roles.PlatformAdmin, Roles.FacilityOfficer));
    }

    /// <summary>
    /// Sign-in attempts per client address and minute. A whole classroom shares one facility
    /// address, so the default leaves room for it; the per-account lockout stops guessing.
    /// Showing a sign-in form is not an attempt: only posts count.
    /// </summary>
    public static void AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Identity:SignInsPerMinutePerAddress", 120);
        services.AddRateLimiter(o =>
            o.AddPolicy(SignInLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    (context.Connection.RemoteIpAddress ?? IPAddress.Loopback).ToString(),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
    }

    /// <summary>
    /// Employer registrations per client address and hour (<c>Identity:RegistrationsPerHourPerAddress</c>, 10 by
    /// default): enough for a real organisation's retries, too few to probe which usernames exist.
    /// </summary>
    public static void AddRegistrationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perHour = configuration.GetValue("Identity:RegistrationsPerHourPerAddress", 10);
        services.AddRateLimiter(o =>
            o.AddPolicy(RegistrationLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    (context.Connection.RemoteIpAddress ?? IPAddress.Loopback).ToString(),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 })));
    }
}
