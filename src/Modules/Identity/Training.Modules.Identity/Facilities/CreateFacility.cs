using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Facilities;

internal sealed record CreateFacility(string Code, string Name, string TimeZone) : ICommand<Guid>;

internal sealed class CreateFacilityValidator : AbstractValidator<CreateFacility>
{
    public CreateFacilityValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Length(2, 32).Matches("^[A-Za-z0-9-]+$").WithMessage("Use letters, digits and dashes, e.g. LPP-PKY.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.TimeZone).NotEmpty().Must(FacilityRules.IsKnownTimeZone).WithMessage("Use an IANA time zone such as Asia/Jakarta.");
    }
}

internal sealed class CreateFacilityHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateFacility, Guid>
{
    public async Task<Guid> Handle(CreateFacility command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        if (await session.Query<Facility>().AnyAsync(f => f.Code == code, cancellationToken))
        {
            throw new RuleBroken("facility.code-taken", isConflict: true);
        }

        var id = Guid.NewGuid();
        session.Events.StartStream<Facility>(id, new FacilityCreated(id, code, command.Name.Trim(), command.TimeZone, user.Id ?? Guid.Empty, clock.GetUtcNow()));
        return id;
    }
}

internal static class CreateFacilityEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/facilities", async (CreateFacility command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/facilities/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(CreateFacility))
            .WithTags("Identity");
}

internal static class FacilityRules
{
    public static bool IsKnownTimeZone(string? zone) => zone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);
}
