using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Hangfire;
using Hangfire.PostgreSql;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Weasel.Core;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Relay;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Storage;
using Training.BuildingBlocks.Text;
using Training.BuildingBlocks.Web;
using Training.Host.Database;
using Training.Host.Errors;
using Training.Host.Health;
using Training.Host.Web;

namespace Training.Host;

/// <summary>The composition root: one store, one mediator, one job server, every module.</summary>
internal static class HostServices
{
    public static void AddBekal(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString(DatabaseSetup.ConnectionName)!;

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<PublicText>();
        services.AddPersonalTasks();
        services.AddScoped<ITaskContributor, DeadLetterTasks>();
        services.AddMessaging([typeof(RelayRegistration).Assembly, .. modules.Select(m => m.GetType().Assembly).Distinct()]);
        services.AddIntegrationEventRelay(configuration, modules);
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
        }

        services.AddMarten(_ =>
            {
                var options = new StoreOptions();
                options.Connection(connectionString);
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.Events.DatabaseSchemaName = "events";
                options.DatabaseSchemaName = "bekal";
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                // Wake the daemon on append instead of waiting for its next poll: the relay's lag.
                options.Events.UseListenNotifyForEventAppends = configuration.GetValue("Relay:WakeOnAppend", true);
                options.AddFileTable();
                BuildingBlocksStoredNames.All.ApplyTo(options);
                foreach (var module in modules)
                {
                    module.ConfigureStore(options);
                }

                return options;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(configuration.GetValue("Marten:DaemonMode", DaemonMode.HotCold));

        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                b => b.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.FromMilliseconds(500),
                    UseSlidingInvisibilityTimeout = true,
                }));
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = configuration.GetValue("Jobs:Workers", 2);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.ShutdownTimeout = TimeSpan.FromSeconds(10);
        });
        services.AddHostedService<IdempotencySchedule>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("postgresql", tags: ["ready"])
            .AddCheck<DaemonHealthCheck>("daemon", tags: ["ready"]);

        services.ConfigureHttpJsonOptions(o =>
        {
            // A missing field or an unknown enum value is refused, never silently defaulted.
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.TypeInfoResolver = o.SerializerOptions.TypeInfoResolver!.WithAddedModifier(JsonTexts.RefuseControlCharacters);
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddOperationTransformer<IdempotencyKeyHeader>());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "bekal.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddCurrentUser();
        services.AddFileStore(connectionString, configuration.GetValue("Files:CacheMegabytes", CachedFileStore.DefaultMegabytes));
        services.AddProxiesAndKeys(configuration);
        services.AddLanguages();
        services.AddRateLimitAnswers();
        services.AddSecurityHeaders();

        var razor = services.AddRazorPages().AddViewLocalization();
        foreach (var assembly in modules.Select(m => m.GetType().Assembly).Distinct())
        {
            razor.AddApplicationPart(assembly);
        }

        // Modules' static files (_content/<module>/...) are served from the build output in every
        // environment, not only in Development; a published host has them under wwwroot.
        builder.WebHost.UseStaticWebAssets();

        var maxBody = configuration.GetValue("Limits:MaxRequestBodyBytes", 1_048_576L);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = maxBody;
            k.AddServerHeader = false;
        });
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
    }
}
