using Marten;
using MediatR;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Facilities;

namespace Training.Modules.Identity.Demo;

/// <summary>The demo facility and its people on a database without facilities; answers the sign-ins made (none if there were facilities).</summary>
internal sealed record SeedDemoIdentities : ICommand<IReadOnlyList<string>>;

internal sealed class SeedDemoIdentitiesHandler(IDocumentSession session, Secrets secrets, TimeProvider clock) : IRequestHandler<SeedDemoIdentities, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(SeedDemoIdentities command, CancellationToken cancellationToken) =>
        await session.Query<Facility>().AnyAsync(cancellationToken)
            ? []
            : await DemoIdentities.SeedAsync(session, secrets, clock.GetUtcNow(), cancellationToken);
}
