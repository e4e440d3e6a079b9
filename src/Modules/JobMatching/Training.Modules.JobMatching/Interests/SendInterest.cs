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
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Search;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Interests;

/// <summary>
/// A verified employer sends interest in a visible graduate, optionally for one of its open postings,
/// with a message. It goes to the officer of the learner's facility first; one open interest per
/// employer and graduate.
/// </summary>
internal sealed record SendInterest(Guid? ProfileId = null, Guid? JobId = null, string? Message = null) : ICommand<Guid>;

internal sealed class SendInterestValidator : AbstractValidator<SendInterest>
{
    public SendInterestValidator()
    {
        RuleFor(x => x.ProfileId).NotEmpty();
        RuleFor(x => x.JobId).NotEqual(Guid.Empty);
        RuleFor(x => x.Message).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class SendInterestHandler(IDocumentSession session, Employers employers, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SendInterest, Guid>
{
    public async Task<Guid> Handle(SendInterest command, CancellationToken cancellationToken)
    {
        var employer = await employers.CurrentAsync(cancellationToken);
        var profileId = command.ProfileId!.Value;
        var listing = await session.LoadAsync<GraduateListing>(profileId, cancellationToken);
        if (listing is not { Visible: true })
        {
            throw new NotFound("graduate", profileId);
        }

        JobPosting? posting = null;
        if (command.JobId is { } jobId)
        {
            posting = await MyJobsHandler.OwnAsync(session, employers, jobId, cancellationToken);
            if (!posting.Open)
            {
                throw new RuleBroken("job.closed", isConflict: true);
            }
        }

        var open = await session.Query<Interest>().Where(i => i.EmployerId == employer.EmployerId && i.ProfileId == profileId).ToListAsync(cancellationToken);
        if (open.Any(i => i.Open))
        {
            throw new RuleBroken("interest.already-open", isConflict: true);
        }

        var sent = new InterestSent(Guid.NewGuid(), profileId, listing.LearnerId, listing.Alias!, employer.EmployerId, employer.OrganizationName,
            posting?.Id, posting?.Title, command.Message!.Trim(), user.Id!.Value, clock.GetUtcNow());
        session.Events.StartStream<Interest>(sent.InterestId, sent);
        return sent.InterestId;
    }
}

internal static class SendInterestEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/interests", async (SendInterest command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/interests/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(Policies.VerifiedEmployer)
            .WithName(nameof(SendInterest))
            .WithTags("JobMatching");
}
