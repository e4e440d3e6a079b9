using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Employers;

/// <summary>An employer as the admin checks it; <see cref="Legal"/> is null for organisations registered before it was asked.</summary>
internal sealed record EmployerView(
    Guid Id, string OrganizationName, string ContactName, string Email, string Phone, string Status, string? Reason, DateTimeOffset RegisteredAt,
    LegalIdentity? Legal);

/// <summary>Employers for the admin's verification queue, pending first.</summary>
internal sealed record ListEmployers : IRequest<IReadOnlyList<EmployerView>>;

internal sealed class ListEmployersHandler(IQuerySession session) : IRequestHandler<ListEmployers, IReadOnlyList<EmployerView>>
{
    public async Task<IReadOnlyList<EmployerView>> Handle(ListEmployers request, CancellationToken cancellationToken)
    {
        var employers = await session.Query<Employer>().OrderBy(e => e.RegisteredAt).Take(1000).ToListAsync(cancellationToken);
        return [.. employers
            .OrderBy(e => e.Status != EmployerVerification.Pending)
            .Select(e => new EmployerView(e.Id, e.OrganizationName, e.ContactName, e.Email, e.Phone, e.Status.ToString(), e.Reason, e.RegisteredAt, e.Legal))];
    }
}

internal static class ListEmployersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/employers", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListEmployers(), ct)))
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(ListEmployers))
            .WithTags("Identity");
}
