using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Demo;
using Training.Modules.Courses.Enrollments;
using Training.Modules.Courses.Lessons;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses;

/// <summary>Trainers publish skill courses in versions; everyone can browse the catalog.</summary>
public sealed class CoursesModule : IModule
{
    /// <summary>No stemming: titles mix Bahasa Indonesia and English.</summary>
    internal const string SearchConfig = "simple";

    public string Name => "Courses";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHostedService<CoursesDemoSeeding>();
        services.AddScoped<CoursesErrorTexts>();
        services.AddScoped<INavigationContributor, CoursesNavigation>();
        services.AddScoped<ITaskContributor, CoursesTasks>();
    }

    public void ConfigureStore(StoreOptions options)
    {
        var schema = ModuleSchema.For(this);
        CoursesStoredNames.All.ApplyTo(options);
        options.Projections.Snapshot<Course>(SnapshotLifecycle.Inline);
        options.Schema.For<Course>().DatabaseSchemaName(schema).Index(c => c.AuthorId);
        options.Schema.For<CourseVersion>().DatabaseSchemaName(schema);
        options.Projections.Snapshot<Cohort>(SnapshotLifecycle.Inline);
        options.Schema.For<Cohort>().DatabaseSchemaName(schema).Index(c => c.FacilityId);
        options.Projections.Snapshot<Enrollment>(SnapshotLifecycle.Inline);
        options.Schema.For<Enrollment>().DatabaseSchemaName(schema).Index(e => e.LearnerId);
        options.Schema.For<CatalogEntry>().DatabaseSchemaName(schema)
            .FullTextIndex(index => index.RegConfig = SearchConfig, e => e.Title, e => e.Summary)
            .Index(e => e.Category);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        DraftCourseEndpoint.Map(api);
        ReviseCourseEndpoint.Map(api);
        PublishCourseEndpoint.Map(api);
        RetireCourseEndpoint.Map(api);
        GetCourseEndpoint.Map(api);
        SearchCatalogEndpoint.Map(api);
        PreviewLessonEndpoint.Map(api);
        UploadLessonImageEndpoint.Map(api);
        GetLessonImageEndpoint.Map(api);
        OpenCohortEndpoint.Map(api);
        EnrollLearnerEndpoint.Map(api);
        EnrollLearnersEndpoint.Map(api);
        WithdrawLearnerEndpoint.Map(api);
        RequestPlaceEndpoint.Map(api);
        DecidePlaceRequestEndpoint.Map(api);
        RecordAttendanceEndpoint.Map(api);
        CompleteCohortEndpoint.Map(api);
        GetCohortEndpoint.Map(api);
        PrintAttendanceRecapEndpoint.Map(api);
        PrintCompletionListEndpoint.Map(api);
        ListCohortsEndpoint.Map(api);
        OpenCohortsForMeEndpoint.Map(api);
        CompleteLessonEndpoint.Map(api);
        MyEnrollmentsEndpoint.Map(api);
        MyPlaceRequestsEndpoint.Map(api);
        ReadLessonEndpoint.Map(api);
    }
}
