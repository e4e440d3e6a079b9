using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Plans;

/// <summary>
/// The course's trainer appends the questions of a CSV file (<see cref="QuestionCsv"/>) to the bank of its
/// current version. Every row is checked first: when one is wrong nothing is imported and each wrong row is
/// named (<c>Rows[n].Column</c>); otherwise all are appended after the questions already there.
/// </summary>
internal sealed record ImportQuestions(Guid CourseId, byte[] File) : ICommand<int>;

internal sealed class ImportQuestionsValidator : AbstractValidator<ImportQuestions>
{
    public ImportQuestionsValidator()
    {
        RuleFor(x => x.CourseId).NotEmpty();
        RuleFor(x => x.File).NotNull().Must(f => f.Length is > 0 and <= QuestionCsv.MaxBytes)
            .WithErrorCode("assessment.import.size").WithState(_ => new[] { QuestionCsv.MaxBytes / 1024 });
    }
}

internal sealed class ImportQuestionsHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<ImportQuestions, int>
{
    public async Task<int> Handle(ImportQuestions command, CancellationToken cancellationToken)
    {
        var course = await mediator.Send(new GetCurrentCourseVersion(command.CourseId), cancellationToken);
        if (course is null || course.AuthorId != user.Id)
        {
            throw new NotFound("course", command.CourseId);
        }

        var plan = await session.LoadAsync<AssessmentPlan>(AssessmentPlan.IdFor(course.CourseId, course.Version), cancellationToken)
            ?? throw new RuleBroken("assessment.no-plan");
        var (imported, failures) = QuestionCsv.Read(command.File, course.CompetencyUnits);
        if (failures.Count == 0 && plan.Questions.Count + imported.Count > QuestionCsv.MaxRows)
        {
            failures = [new("File", "assessment.plan.too-many-questions") { ErrorCode = "assessment.plan.too-many-questions" }];
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var questions = imported.Select(q => new Question(
            Guid.NewGuid(), Guid.Parse(q.UnitCode), q.Text.Trim(), q.Type, q.Type == QuestionType.TrueFalse ? Question.TrueFalseOptions : q.Options ?? [],
            q.Correct ?? [], q.CorrectNumber, q.Tolerance));
        session.Events.Append(plan.Id, new PlanDefined(
            plan.Id, plan.CourseId, plan.CourseVersion, plan.Settings, [.. plan.Questions, .. questions], plan.Practical, user.Id!.Value, clock.GetUtcNow()));
        return imported.Count;
    }
}

internal static class ImportQuestionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses/{courseId:guid}/assessment/questions/import", async (Guid courseId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { imported = await mediator.Send(new ImportQuestions(courseId, await ReadAsync(request, ct)), ct) }))
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(QuestionCsv.MaxBytes + (64 * 1024)))
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(ImportQuestions))
            .WithTags("Assessments");

    /// <summary>The bytes of the file in form field <c>file</c>; none, or one too large, is left to the validator.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is not { Length: > 0 and <= QuestionCsv.MaxBytes })
        {
            return [];
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken ct) =>
        request.HasFormContentType ? await ReadAsync((await request.ReadFormAsync(ct)).Files.GetFile("file"), ct) : [];
}
