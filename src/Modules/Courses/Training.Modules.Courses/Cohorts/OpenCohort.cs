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
using Training.Modules.Courses.Courses;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Cohorts;

/// <summary>An officer opens a cohort of a published course at their own facility, on its current version.</summary>
internal sealed record OpenCohort(Guid CourseId, Guid FacilityId, Guid TrainerId, DateOnly StartsOn, DateOnly EndsOn, int Capacity, IReadOnlyList<DateOnly> Sessions)
    : ICommand<Guid>;

internal sealed class OpenCohortValidator : AbstractValidator<OpenCohort>
{
    public OpenCohortValidator()
    {
        RuleFor(x => x.CourseId).NotEmpty();
        RuleFor(x => x.FacilityId).NotEmpty();
        RuleFor(x => x.TrainerId).NotEmpty();
        RuleFor(x => x.EndsOn).GreaterThanOrEqualTo(x => x.StartsOn);
        RuleFor(x => x.Capacity).InclusiveBetween(1, 500);
        RuleFor(x => x.Sessions).NotNull().Must(s => s.Count is > 0 and <= 400).WithMessage("Give 1 to 400 session dates.")
            .Must(s => s.Distinct().Count() == s.Count).WithMessage("Each session date appears once.");
        RuleForEach(x => x.Sessions).Must((cohort, day) => day >= cohort.StartsOn && day <= cohort.EndsOn)
            .WithMessage("Sessions fall between the start and end dates.");
    }
}

internal sealed class OpenCohortHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<OpenCohort, Guid>
{
    public async Task<Guid> Handle(OpenCohort command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.FacilityOfficer) || user.FacilityId != command.FacilityId)
        {
            throw new NotFound("facility", command.FacilityId);
        }

        var course = await session.LoadAsync<Course>(command.CourseId, cancellationToken);
        if (course is not { PublishedVersion: > 0, Retired: false })
        {
            throw new NotFound("course", command.CourseId);
        }

        var trainer = await mediator.Send(new GetStaffMember(command.TrainerId), cancellationToken);
        if (trainer is not { Role: Roles.Trainer, Disabled: false } || trainer.FacilityId != command.FacilityId)
        {
            throw new RuleBroken("cohort.trainer-invalid");
        }

        var id = Guid.NewGuid();
        session.Events.StartStream<Cohort>(id, new CohortOpened(
            id, course.Id, course.PublishedVersion, command.FacilityId, command.TrainerId, command.StartsOn, command.EndsOn, command.Capacity,
            [.. command.Sessions.Order()], user.Id!.Value, clock.GetUtcNow()));
        return id;
    }
}

internal static class OpenCohortEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cohorts", async (OpenCohort command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/cohorts/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(OpenCohort))
            .WithTags("Cohorts");
}
