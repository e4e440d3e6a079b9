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
using Training.BuildingBlocks.Text;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Facilities;

namespace Training.Modules.Identity.Learners;

internal sealed record RegisterLearner(Guid FacilityId, string LearnerNumber, string FullName, string Pin) : ICommand<Guid>;

internal sealed class RegisterLearnerValidator : AbstractValidator<RegisterLearner>
{
    public RegisterLearnerValidator()
    {
        RuleFor(x => x.FacilityId).NotEmpty();
        RuleFor(x => x.LearnerNumber).MustBeALearnerNumber();
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200).HoldsNoControlCharacters();
        RuleFor(x => x.Pin).MustBeAPin();
    }
}

internal sealed class RegisterLearnerHandler(IDocumentSession session, LearnerAccess access, Secrets secrets, TimeProvider clock)
    : IRequestHandler<RegisterLearner, Guid>
{
    public async Task<Guid> Handle(RegisterLearner command, CancellationToken cancellationToken)
    {
        var facilityId = access.EnsureOfficerOf(command.FacilityId);
        if (await session.LoadAsync<Facility>(facilityId, cancellationToken) is not { Active: true })
        {
            throw new RuleBroken("facility.inactive", isConflict: true);
        }

        var number = command.LearnerNumber.Trim();
        if (await session.Query<Learner>().AnyAsync(l => l.FacilityId == facilityId && l.LearnerNumber == number, cancellationToken))
        {
            throw new RuleBroken("learner.number-taken", isConflict: true);
        }

        return Register(session, facilityId, number, command.FullName.Trim(), secrets.Hash(command.Pin), access.ActorId, clock.GetUtcNow(), temporary: true);
    }

    /// <summary>Appends the learner's first event and its integration event in one save; an officer's PIN is <paramref name="temporary"/>.</summary>
    public static Guid Register(IDocumentSession session, Guid facilityId, string number, string fullName, string pinHash, Guid by, DateTimeOffset at, bool temporary)
    {
        var id = Guid.NewGuid();
        session.Events.StartStream<Learner>(id,
            new LearnerRegistered(id, facilityId, number, fullName, pinHash, by, at, temporary),
            new LearnerRegisteredIntegrationEvent(id, facilityId, number, fullName));
        return id;
    }
}

internal static class LearnerRules
{
    public static IRuleBuilderOptions<T, string> MustBeALearnerNumber<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9./-]+$").WithMessage("Use letters, digits, dots, slashes or dashes.");
}

internal static class RegisterLearnerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learners", async (RegisterLearner command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/learners/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(RegisterLearner))
            .WithTags("Identity");
}
