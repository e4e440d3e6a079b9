using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Cohorts;

/// <summary>An officer withdraws a learner from a cohort with a reason (transfers and releases do it by themselves).</summary>
internal sealed record WithdrawLearner(WithdrawalReason Reason, string? Note = null) : ICommand<Unit>
{
    public Guid CohortId { get; init; }

    public Guid EnrollmentId { get; init; }
}

internal sealed class WithdrawLearnerValidator : AbstractValidator<WithdrawLearner>
{
    public WithdrawLearnerValidator()
    {
        RuleFor(x => x.Reason).IsInEnum();
        RuleFor(x => x.Note).MaximumLength(500);
        RuleFor(x => x.Note).NotEmpty().When(x => x.Reason == WithdrawalReason.Other).WithMessage("Say why when the reason is Other.");
    }
}

internal sealed class WithdrawLearnerHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<WithdrawLearner, Unit>
{
    public async Task<Unit> Handle(WithdrawLearner command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Cohort>(command.CohortId, cancellationToken);
        user.EnsureOfficerOf(stream.Aggregate, command.CohortId);
        Seating.Withdraw(session, stream, command.EnrollmentId, command.Reason, command.Note?.Trim(), user.Id!.Value, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class WithdrawLearnerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cohorts/{id:guid}/enrollments/{enrollmentId:guid}/withdraw",
                async (Guid id, Guid enrollmentId, WithdrawLearner command, IMediator mediator, CancellationToken ct) =>
                {
                    await mediator.Send(command with { CohortId = id, EnrollmentId = enrollmentId }, ct);
                    return TypedResults.NoContent();
                })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(WithdrawLearner))
            .WithTags("Cohorts");
}
