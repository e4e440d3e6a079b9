using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Cohorts;

/// <summary>The cohort's trainer records one session's attendance; recording it again corrects it.</summary>
internal sealed record RecordAttendance(DateOnly Session, IReadOnlyList<RecordAttendance.Record> Records) : ICommand<Unit>
{
    public Guid CohortId { get; init; }

    internal sealed record Record(Guid LearnerId, AttendanceStatus Status);
}

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator()
    {
        RuleFor(x => x.Records).NotNull().Must(r => r.Count is > 0 and <= 500)
            .Must(r => r.Select(x => x.LearnerId).Distinct().Count() == r.Count).WithMessage("Each learner appears once.");
        RuleForEach(x => x.Records).ChildRules(r =>
        {
            r.RuleFor(x => x.LearnerId).NotEmpty();
            r.RuleFor(x => x.Status).IsInEnum();
        });
    }
}

internal sealed class RecordAttendanceHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordAttendance, Unit>
{
    public async Task<Unit> Handle(RecordAttendance command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Cohort>(command.CohortId, cancellationToken);
        var cohort = user.EnsureTrainerOf(stream.Aggregate, command.CohortId);
        var marks = command.Records.Select(r => new AttendanceMark(command.Session, r.LearnerId, r.Status)).ToList();
        stream.AppendOne(cohort.RecordAttendance(command.Session, marks, user.Id!.Value, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class RecordAttendanceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cohorts/{id:guid}/attendance", async (Guid id, RecordAttendance command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { CohortId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(RecordAttendance))
            .WithTags("Cohorts");
}
