using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Employers;

/// <summary>
/// A platform admin stops a verified employer, with a reason the employer reads. Its users' sessions carry
/// the employer's status as it is on each request, so search, matches and contact stop at once.
/// </summary>
internal sealed record SuspendEmployer(Guid EmployerId, string Reason) : ICommand<Unit>;

internal sealed class SuspendEmployerValidator : AbstractValidator<SuspendEmployer>
{
    public SuspendEmployerValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
}

internal sealed class SuspendEmployerHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<SuspendEmployer, Unit>
{
    public async Task<Unit> Handle(SuspendEmployer command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Employer>(command.EmployerId, cancellationToken);
        var employer = stream.Aggregate ?? throw new NotFound("employer", command.EmployerId);
        if (employer.Status != EmployerVerification.Verified)
        {
            throw new RuleBroken("employer.not-verified", isConflict: true);
        }

        stream.AppendOne(new EmployerSuspended(employer.Id, command.Reason.Trim(), user.Id ?? Guid.Empty, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class SuspendEmployerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/employers/{id:guid}/suspend", async (Guid id, EmployerDecision.Decision body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SuspendEmployer(id, body.Reason ?? ""), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(SuspendEmployer))
            .WithTags("Identity");
}
