using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.JobMatching.Portfolio;

/// <summary>
/// A trainer of the learner's facility refuses a waiting photo for the portfolio and says why (a face shows,
/// the background tells the place); the learner reads the reason on her profile. Employers never see it.
/// </summary>
internal sealed record RejectPortfolioPhoto(string Reason) : ICommand<Unit>
{
    /// <summary>From the route, not the body.</summary>
    public Guid PhotoId { get; init; }
}

internal sealed class RejectPortfolioPhotoValidator : AbstractValidator<RejectPortfolioPhoto>
{
    public const int MaxReason = 300;

    public RejectPortfolioPhotoValidator()
    {
        RuleFor(x => x.PhotoId).NotEmpty();
        RuleFor(x => x.Reason).Cascade(CascadeMode.Stop).NotEmpty().Must(r => !string.IsNullOrWhiteSpace(r)).WithErrorCode("NotEmptyValidator").MaximumLength(MaxReason);
    }
}

internal sealed class RejectPortfolioPhotoHandler(IDocumentSession session, PortfolioAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RejectPortfolioPhoto, Unit>
{
    public async Task<Unit> Handle(RejectPortfolioPhoto command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<PortfolioPhoto>(command.PhotoId, cancellationToken);
        if (stream.Aggregate is not { Removed: false } photo || !await access.IsTrainerOfAsync(photo.LearnerId, cancellationToken))
        {
            throw new NotFound("portfolio-photo", command.PhotoId);
        }

        if (photo.Approved)
        {
            throw new RuleBroken("portfolio.photo.already-approved");
        }

        stream.AppendOne(new PortfolioPhotoRejected(photo.Id, photo.LearnerId, command.Reason.Trim(), user.Id!.Value, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class RejectPortfolioPhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/portfolio-photos/{id:guid}/reject", async (Guid id, RejectPortfolioPhoto command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { PhotoId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(RejectPortfolioPhoto))
            .WithTags("JobMatching");
}
