using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Assessments.Attempts;

/// <summary>Answers are saved as the learner goes, so a dropped tablet connection loses nothing; none after the deadline.</summary>
internal sealed record SaveAnswers(IReadOnlyList<SaveAnswers.Given> Answers) : ICommand<Unit>
{
    public Guid AttemptId { get; init; }

    internal sealed record Given(Guid QuestionId, IReadOnlyList<int>? Selected = null, decimal? Number = null);
}

internal sealed class SaveAnswersValidator : AbstractValidator<SaveAnswers>
{
    public SaveAnswersValidator()
    {
        RuleFor(x => x.Answers).NotNull().Must(a => a.Count is > 0 and <= 200);
        RuleForEach(x => x.Answers).ChildRules(a =>
        {
            a.RuleFor(x => x.QuestionId).NotEmpty();
            a.RuleFor(x => x.Selected).Must(s => s!.Count <= 8).When(x => x.Selected is not null);
        });
    }
}

internal sealed class SaveAnswersHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<SaveAnswers, Unit>
{
    public async Task<Unit> Handle(SaveAnswers command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stream = await session.Events.FetchForWriting<Attempt>(command.AttemptId, cancellationToken);
        var attempt = stream.Aggregate is { } a && a.LearnerId == user.Id ? a : throw new NotFound("attempt", command.AttemptId);
        if (!attempt.IsOpen(now))
        {
            throw new RuleBroken("assessment.attempt-closed", isConflict: true);
        }

        if (command.Answers.Any(given => attempt.Questions.All(q => q.QuestionId != given.QuestionId)))
        {
            throw new RuleBroken("assessment.unknown-question");
        }

        stream.AppendOne(new AnswersSaved(attempt.Id, [.. command.Answers.Select(g => new Answer(g.QuestionId, g.Selected ?? [], g.Number))], now));
        return Unit.Value;
    }
}

internal static class SaveAnswersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/attempts/{attemptId:guid}/answers", async (Guid attemptId, SaveAnswers command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { AttemptId = attemptId }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(SaveAnswers))
            .WithTags("Assessments");
}
