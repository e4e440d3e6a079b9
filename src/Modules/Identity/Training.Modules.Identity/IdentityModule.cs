using JasperFx.Events.Projections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Text;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Demo;
using Training.Modules.Identity.Employers;
using Training.Modules.Identity.Facilities;
using Training.Modules.Identity.Learners;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity;

/// <summary>Facilities, people, sign-in and the access rules every other module relies on.</summary>
public sealed class IdentityModule : IModule
{
    public string Name => "Identity";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = configuration.GetValue("Identity:HashIterations", 100_000));
        services.AddSingleton<Secrets>();
        services.AddScoped<LearnerAccess>();
        services.AddScoped<IFacilityNames, FacilityNames>();
        services.AddScoped<AddressThrottle>();
        services.Configure<FailedSignInLimit>(configuration.GetSection("Identity:FailedSignIns"));
        var limits = configuration.GetSection("Identity:Sessions").Get<SessionLimits>() ?? new SessionLimits();
        services.Configure<SessionLimits>(configuration.GetSection("Identity:Sessions"));
        services.AddSingleton(new TwoFactorRule(configuration.GetValue("Identity:RequireTwoFactor", false)));
        services.AddSingleton<IAuthorizationHandler, PendingStepGate>();
        services.AddScoped<SessionValidator>();
        services.AddScoped<IdentityErrorTexts>();
        services.AddScoped<INavigationContributor, IdentityNavigation>();
        services.AddScoped<ITaskContributor, IdentityTasks>();
        services.AddAuthentication(Sessions.Scheme).AddCookie(Sessions.Scheme, o =>
        {
            o.Cookie.Name = "bekal.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = configuration.GetValue("Identity:InsecureCookies", false) ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // The session's record on the server decides its idle and absolute limits; the cookie never outlives the longest.
            o.ExpireTimeSpan = limits.Longest;
            o.SlidingExpiration = false;
            o.LoginPath = "/signin";
            o.AccessDeniedPath = "/error/403";
            o.EventsType = typeof(SessionValidator);
        });
        services.AddAccessPolicies();
        services.AddSignInRateLimit(configuration);
        services.AddRegistrationRateLimit(configuration);
        services.AddHostedService<IdentitySeeding>();
    }

    public void ConfigureStore(Marten.StoreOptions options)
    {
        var schema = ModuleSchema.For(this);
        IdentityStoredNames.All.ApplyTo(options);
        options.Projections.Snapshot<Facility>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Account>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Learner>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Employer>(SnapshotLifecycle.Inline);
        options.Schema.For<Facility>().DatabaseSchemaName(schema).UniqueIndex(f => f.Code);
        options.Schema.For<Account>().DatabaseSchemaName(schema).UniqueIndex(a => a.Username);
        options.Schema.For<Learner>().DatabaseSchemaName(schema).UniqueIndex(l => l.FacilityId, l => l.LearnerNumber);
        options.Schema.For<Employer>().DatabaseSchemaName(schema);
        options.Schema.For<UnknownSignInFailed>().DatabaseSchemaName(schema);
        options.Schema.For<FailedSignIn>().DatabaseSchemaName(schema).Index([f => f.Address, f => f.At]);
        options.Schema.For<UserSession>().DatabaseSchemaName(schema);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SignInEndpoint.Map(api);
        LearnerSignInEndpoint.Map(api);
        SignOutEndpoint.Map(api);
        MeEndpoint.Map(api);
        ChangeOwnSecretEndpoint.Map(api);
        EnrolTwoFactorEndpoint.Map(api);
        ConfirmTwoFactorEndpoint.Map(api);
        UnlockAccountEndpoint.Map(api);
        ResetPasswordEndpoint.Map(api);
        UnlockLearnerEndpoint.Map(api);
        GetLearnerLockEndpoint.Map(api);
        CreateFacilityEndpoint.Map(api);
        RenameFacilityEndpoint.Map(api);
        DeactivateFacilityEndpoint.Map(api);
        ListFacilitiesEndpoint.Map(api);
        ListActiveFacilitiesEndpoint.Map(api);
        CreateStaffAccountEndpoint.Map(api);
        DisableAccountEndpoint.Map(api);
        ListStaffEndpoint.Map(api);
        RegisterLearnerEndpoint.Map(api);
        GetLearnerEndpoint.Map(api);
        SearchLearnersEndpoint.Map(api);
        ResetLearnerPinEndpoint.Map(api);
        TransferLearnerEndpoint.Map(api);
        ReleaseLearnerEndpoint.Map(api);
        ImportLearnersEndpoint.Map(api);
        RegisterEmployerEndpoint.Map(api);
        VerifyEmployerEndpoint.Map(api);
        RejectEmployerEndpoint.Map(api);
        SuspendEmployerEndpoint.Map(api);
        ReinstateEmployerEndpoint.Map(api);
        ListEmployersEndpoint.Map(api);
    }
}
