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

/// <summary>A platform admin verifies a pending employer, who may then search and contact.</summary>
internal sealed record VerifyEmployer(Guid EmployerId, string? Note) : ICommand<Unit>;

/// <summary>A platform admin rejects a pending employer, with a reason the employer sees.</summary>
internal sealed record RejectEmployer(Guid EmployerId, string Reason) : ICommand<Unit>;

internal sealed class VerifyEmployerValidator : AbstractValidator<VerifyEmployer>
{
    public VerifyEmployerValidator() => RuleFor(x => x.Note).MaximumLength(500);
}

internal sealed class RejectEmployerValidator : AbstractValidator<RejectEmployer>
{
    public RejectEmployerValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
}

internal sealed class DecideEmployerHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<VerifyEmployer, Unit>, IRequestHandler<RejectEmployer, Unit>
{
    public async Task<Unit> Handle(VerifyEmployer command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Employer>(command.EmployerId, cancellationToken);
        var employer = Pending(stream.Aggregate, command.EmployerId);
        stream.AppendMany(
            new EmployerVerified(employer.Id, command.Note?.Trim(), user.Id ?? Guid.Empty, clock.GetUtcNow()),
            new EmployerVerifiedIntegrationEvent(employer.Id, employer.OrganizationName));
        return Unit.Value;
    }

    public async Task<Unit> Handle(RejectEmployer command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Employer>(command.EmployerId, cancellationToken);
        var employer = Pending(stream.Aggregate, command.EmployerId);
        stream.AppendOne(new EmployerRejected(employer.Id, command.Reason.Trim(), user.Id ?? Guid.Empty, clock.GetUtcNow()));
        return Unit.Value;
    }

    private static Employer Pending(Employer? employer, Guid id) =>
        (employer ?? throw new NotFound("employer", id)).Status == EmployerVerification.Pending
            ? employer
            : throw new RuleBroken("employer.already-decided", isConflict: true);
}

internal static class DecideEmployerEndpoints
{
    public sealed record Decision(string? Reason = null);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/employers/{id:guid}/verify", async (Guid id, Decision? body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new VerifyEmployer(id, body?.Reason), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(VerifyEmployer))
            .WithTags("Identity");
        api.MapPost("/employers/{id:guid}/reject", async (Guid id, Decision body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RejectEmployer(id, body.Reason ?? ""), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(RejectEmployer))
            .WithTags("Identity");
    }
}
