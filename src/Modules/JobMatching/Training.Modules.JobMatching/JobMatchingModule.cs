using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Web;
using Training.Modules.JobMatching.Demo;
using Training.Modules.JobMatching.Disclosures;
using Training.Modules.JobMatching.Inbox;
using Training.Modules.JobMatching.Interests;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Matches;
using Training.Modules.JobMatching.Placements;
using Training.Modules.JobMatching.Portfolio;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Regions;
using Training.Modules.JobMatching.Scheduling;
using Training.Modules.JobMatching.Search;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching;

/// <summary>Graduate profiles with consent, verified employers' postings, pseudonymous search and matches, and staff-mediated contact.</summary>
public sealed class JobMatchingModule : IModule
{
    public string Name => "JobMatching";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Employers>();
        services.AddScoped<InterestAccess>();
        services.AddScoped<PortfolioAccess>();
        services.AddScoped<JobMatchingErrorTexts>();
        services.AddScoped<INavigationContributor, JobMatchingNavigation>();
        services.AddScoped<ITaskContributor, JobMatchingTasks>();
        services.AddHostedService<JobMatchingSchedule>();
        services.AddHostedService<JobMatchingDemoSeeding>();
        services.AddHostedService<GraduateIndexBackfill>();
    }

    public void ConfigureStore(StoreOptions options)
    {
        var schema = ModuleSchema.For(this);
        JobMatchingStoredNames.All.ApplyTo(options);
        options.Projections.Snapshot<GraduateProfile>(SnapshotLifecycle.Inline);
        options.Schema.For<GraduateProfile>().DatabaseSchemaName(schema).Index(p => p.LearnerId);
        options.Schema.For<GraduateListing>().DatabaseSchemaName(schema)
            .UseOptimisticConcurrency(true)
            .Index(l => l.FacilityId)
            .Index(l => l.NextExpiry)
            .UniqueIndex(l => l.AliasKey!);
        options.Storage.ExtendedSchemaObjects.Add(GraduateIndex.Table(schema));
        options.Storage.ExtendedSchemaObjects.Add(DisclosureLog.Table(schema));
        options.Projections.Snapshot<PortfolioPhoto>(SnapshotLifecycle.Inline);
        options.Schema.For<PortfolioPhoto>().DatabaseSchemaName(schema).Index(p => p.LearnerId);
        options.Projections.Snapshot<JobPosting>(SnapshotLifecycle.Inline);
        options.Schema.For<JobPosting>().DatabaseSchemaName(schema).Index(p => p.EmployerId);
        options.Schema.For<PostingMatches>().DatabaseSchemaName(schema).GinIndexJsonData();
        options.Projections.Snapshot<Interest>(SnapshotLifecycle.Inline);
        options.Schema.For<Interest>().DatabaseSchemaName(schema)
            .Index(i => i.LearnerId).Index(i => i.EmployerId).Index(i => i.ProfileId).Index(i => i.WaitingSince);
        options.Schema.For<Placement>().DatabaseSchemaName(schema).Index(p => p.FacilityId).Index(p => p.Month);
        options.Schema.For<VerifiedEmployer>().DatabaseSchemaName(schema);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        ListRegionsEndpoint.Map(api);
        SaveGraduateProfileEndpoint.Map(api);
        GetMyGraduateProfileEndpoint.Map(api);
        WithdrawGraduateProfileEndpoint.Map(api);
        UploadPortfolioPhotoEndpoints.Map(api);
        ApprovePortfolioPhotoEndpoint.Map(api);
        RejectPortfolioPhotoEndpoint.Map(api);
        RemovePortfolioPhotoEndpoint.Map(api);
        GetPortfolioPhotoEndpoint.Map(api);
        PendingPortfolioPhotosEndpoint.Map(api);
        SearchGraduatesEndpoint.Map(api);
        ViewGraduateEndpoint.Map(api);
        PostJobEndpoint.Map(api);
        MyJobsEndpoint.Map(api);
        GetJobEndpoint.Map(api);
        CloseJobEndpoint.Map(api);
        GetMatchesEndpoint.Map(api);
        SendInterestEndpoint.Map(api);
        ReviewInterestEndpoint.Map(api);
        RespondToInterestEndpoint.Map(api);
        RecordOutcomeEndpoint.Map(api);
        GetInterestEndpoint.Map(api);
        ListInterestsEndpoint.Map(api);
    }
}
