using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.JobMatching.Interests;

/// <summary>
/// The officer of the learner's current facility approves or declines an interest, with a note. An
/// approval names the contact route the employer will get if the learner accepts: the facility's
/// contact while the learner is inside, the learner's own phone (if they gave one) after release.
/// </summary>
internal sealed record ReviewInterest(bool? Approve = null, string? Note = null, string? ContactRoute = null) : ICommand<Unit>
{
    public Guid InterestId { get; init; }
}

internal sealed class ReviewInterestValidator : AbstractValidator<ReviewInterest>
{
    public ReviewInterestValidator()
    {
        RuleFor(x => x.Approve).NotNull();
        RuleFor(x => x.Note).NotEmpty().MaximumLength(1000);
        RuleFor(x => x.ContactRoute).NotEmpty().When(x => x.Approve == true).WithMessage("Say how the employer may reach the learner.");
        RuleFor(x => x.ContactRoute).MaximumLength(300);
    }
}

internal sealed class ReviewInterestHandler(IDocumentSession session, InterestAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReviewInterest, Unit>
{
    public async Task<Unit> Handle(ReviewInterest command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Interest>(command.InterestId, cancellationToken);
        var interest = await access.EnsureAsync(stream.Aggregate, command.InterestId, Party.Officer, cancellationToken);
        stream.AppendOne(interest.Review(command.Approve!.Value, command.Note!.Trim(), command.ContactRoute?.Trim(), user.Id!.Value, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class ReviewInterestEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/interests/{id:guid}/review", async (Guid id, ReviewInterest command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { InterestId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(ReviewInterest))
            .WithTags("JobMatching");
}
