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

/// <summary>A platform admin lifts a suspension, with an optional note; search and contact work again from the employer's next request.</summary>
internal sealed record ReinstateEmployer(string? Note = null) : ICommand<Unit>
{
    public Guid EmployerId { get; init; }
}

internal sealed class ReinstateEmployerValidator : AbstractValidator<ReinstateEmployer>
{
    public ReinstateEmployerValidator() => RuleFor(x => x.Note).MaximumLength(500);
}

internal sealed class ReinstateEmployerHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReinstateEmployer, Unit>
{
    public async Task<Unit> Handle(ReinstateEmployer command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Employer>(command.EmployerId, cancellationToken);
        var employer = stream.Aggregate ?? throw new NotFound("employer", command.EmployerId);
        if (employer.Status != EmployerVerification.Suspended)
        {
            throw new RuleBroken("employer.not-suspended", isConflict: true);
        }

        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        stream.AppendOne(new EmployerReinstated(employer.Id, note, user.Id ?? Guid.Empty, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class ReinstateEmployerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/employers/{id:guid}/reinstate", async (Guid id, ReinstateEmployer? command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send((command ?? new ReinstateEmployer()) with { EmployerId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(ReinstateEmployer))
            .WithTags("Identity");
}
