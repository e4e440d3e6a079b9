using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Demo;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Results;
using Training.Modules.Assessments.Web;

namespace Training.Modules.Assessments;

/// <summary>Written tests and practical checklists per competency unit: Kompeten / Belum Kompeten.</summary>
public sealed class AssessmentsModule : IModule
{
    public string Name => "Assessments";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHostedService<AssessmentsDemoSeeding>();
        services.AddScoped<AssessmentsErrorTexts>();
        services.AddScoped<INavigationContributor, AssessmentsNavigation>();
        services.AddScoped<ITaskContributor, AssessmentsTasks>();
    }

    public void ConfigureStore(StoreOptions options)
    {
        var schema = ModuleSchema.For(this);
        AssessmentsStoredNames.All.ApplyTo(options);
        options.Projections.Snapshot<AssessmentPlan>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Attempt>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<AssessmentRecord>(SnapshotLifecycle.Inline);
        options.Schema.For<AssessmentPlan>().DatabaseSchemaName(schema);
        options.Schema.For<Attempt>().DatabaseSchemaName(schema).Index(a => a.EnrollmentId).Index(a => a.PlanId);
        options.Schema.For<AssessmentRecord>().DatabaseSchemaName(schema);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        DefinePlanEndpoint.Map(api);
        StartAttemptEndpoint.Map(api);
        SaveAnswersEndpoint.Map(api);
        SubmitAttemptEndpoint.Map(api);
        RecordPracticalEndpoint.Map(api);
        GetResultEndpoint.Map(api);
        UploadEvidencePhotoEndpoint.Map(api);
        GetEvidencePhotoEndpoint.Map(api);
        MyAttemptsEndpoint.Map(api);
        MyAttemptEndpoint.Map(api);
        PracticalQueueEndpoint.Map(api);
        LastPracticalEndpoint.Map(api);
        QuestionStatisticsEndpoint.Map(api);
    }
}
