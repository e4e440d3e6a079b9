using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Lessons;

/// <summary>The editor's live preview: the server renders, so what the trainer sees is what learners get.</summary>
internal sealed record PreviewLesson(string Body) : IRequest<string>;

internal sealed class PreviewLessonValidator : AbstractValidator<PreviewLesson>
{
    public PreviewLessonValidator() => RuleFor(x => x.Body).NotNull().MaximumLength(100_000);
}

internal sealed class PreviewLessonHandler : IRequestHandler<PreviewLesson, string>
{
    public Task<string> Handle(PreviewLesson request, CancellationToken cancellationToken) => Task.FromResult(SafeMarkdown.ToHtml(request.Body));
}

internal static class PreviewLessonEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses/preview", async (PreviewLesson request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { html = await mediator.Send(request, ct) }))
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(PreviewLesson))
            .WithTags("Courses");
}
