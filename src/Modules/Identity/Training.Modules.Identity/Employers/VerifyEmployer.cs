using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Employers;

/// <summary>A platform admin verifies a pending employer, who may then search and contact.</summary>
internal sealed record VerifyEmployer(Guid EmployerId, string? Note) : ICommand<Unit>;

internal sealed class VerifyEmployerValidator : AbstractValidator<VerifyEmployer>
{
    public VerifyEmployerValidator() => RuleFor(x => x.Note).MaximumLength(500);
}

internal sealed class VerifyEmployerHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<VerifyEmployer, Unit>
{
    public async Task<Unit> Handle(VerifyEmployer command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Employer>(command.EmployerId, cancellationToken);
        var employer = EmployerDecision.Pending(stream.Aggregate, command.EmployerId);
        stream.AppendMany(
            new EmployerVerified(employer.Id, command.Note?.Trim(), user.Id ?? Guid.Empty, clock.GetUtcNow()),
            new EmployerVerifiedIntegrationEvent(employer.Id, employer.OrganizationName));
        return Unit.Value;
    }
}

internal static class VerifyEmployerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/employers/{id:guid}/verify", async (Guid id, EmployerDecision.Decision? body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new VerifyEmployer(id, body?.Reason), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(VerifyEmployer))
            .WithTags("Identity");
}
