using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Employers;

/// <summary>A platform admin rejects a pending employer, with a reason the employer sees.</summary>
internal sealed record RejectEmployer(Guid EmployerId, string Reason) : ICommand<Unit>;

internal sealed class RejectEmployerValidator : AbstractValidator<RejectEmployer>
{
    public RejectEmployerValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
}

internal sealed class RejectEmployerHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<RejectEmployer, Unit>
{
    public async Task<Unit> Handle(RejectEmployer command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Employer>(command.EmployerId, cancellationToken);
        var employer = EmployerDecision.Pending(stream.Aggregate, command.EmployerId);
        stream.AppendOne(new EmployerRejected(employer.Id, command.Reason.Trim(), user.Id ?? Guid.Empty, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class RejectEmployerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/employers/{id:guid}/reject", async (Guid id, EmployerDecision.Decision body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RejectEmployer(id, body.Reason ?? ""), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(RejectEmployer))
            .WithTags("Identity");
}
