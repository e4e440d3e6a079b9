using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;

namespace Training.BuildingBlocks.Relay;

/// <summary>
/// One consuming module's subscription to the integration events it handles. Each module
/// has its own checkpoint, so a slow or failing module neither blocks nor repeats the others.
/// Dead letters are written through the daemon's operations and commit with the checkpoint.
/// </summary>
internal sealed class ModuleInbox : SubscriptionBase
{
    private readonly string _module;
    private readonly IReadOnlyList<HandlerRoute> _routes;
    private readonly Delivery _delivery;
    private readonly int _maxAttempts;
    private readonly TimeProvider _clock;

    public ModuleInbox(string module, IReadOnlyList<HandlerRoute> routes, Delivery delivery, int maxAttempts, TimeProvider clock)
    {
        _module = module;
        _routes = routes;
        _delivery = delivery;
        _maxAttempts = maxAttempts;
        _clock = clock;
        Name = NameFor(module);
        foreach (var eventType in routes.Select(r => r.EventType).Distinct())
        {
            IncludeType(eventType);
        }
    }

    public static string NameFor(string module) => module + "Inbox";

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events)
        {
            foreach (var route in _routes.Where(r => r.EventType == stored.EventType))
            {
                var failure = await _delivery.DeliverAsync(route, stored, _maxAttempts, cancellationToken);
                if (failure is not null)
                {
                    operations.Store(new DeadLetter(
                        DeadLetter.IdFor(route.HandlerType, stored.Id), _module, route.HandlerType.FullName!, route.EventType.Name,
                        stored.Id, stored.Sequence, _maxAttempts, failure.ToString(), _clock.GetUtcNow()));
                }
            }
        }

        return NoChanges.Instance;
    }

    private sealed class NoChanges : IChangeListener
    {
        public static readonly NoChanges Instance = new();

        public Task AfterCommitAsync(IDocumentSession session, Marten.Services.IChangeSet commit, CancellationToken token) => Task.CompletedTask;

        public Task BeforeCommitAsync(IDocumentSession session, Marten.Services.IChangeSet commit, CancellationToken token) => Task.CompletedTask;
    }
}
