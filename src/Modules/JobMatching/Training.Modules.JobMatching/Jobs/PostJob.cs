using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Matches;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Regions;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Jobs;

/// <summary>
/// A verified employer posts a job: skills from the platform's categories and competency unit codes,
/// a region from the fixed list, one work type, openings, a closing date and an optional note to the
/// facility staff who mediate. Its matches are ranked right after it is stored, as a step of its own.
/// </summary>
internal sealed record PostJob(
    string? Title = null,
    string? Description = null,
    IReadOnlyList<string>? Skills = null,
    IReadOnlyList<string>? UnitCodes = null,
    string? Province = null,
    string? Regency = null,
    string? WorkType = null,
    int? Openings = null,
    DateOnly? ClosesOn = null,
    string? NoteToStaff = null) : ICommand<Guid>;

internal sealed class PostJobValidator : AbstractValidator<PostJob>
{
    public PostJobValidator(TimeProvider clock)
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Description).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.Skills).Must(s => s is null || s.Count <= 9).WithMessage("At most 9 skill categories.");
        RuleForEach(x => x.Skills).Must(s => Profiles.Skills.Category(s) is not null).WithMessage("'{PropertyValue}' is not one of the platform's skill categories.");
        RuleFor(x => x.UnitCodes).Must(u => u is null || u.Count <= 30).WithMessage("At most 30 unit codes.");
        RuleForEach(x => x.UnitCodes).Must(Profiles.Skills.IsUnitCode).WithMessage("A unit code has letters, digits, dots and dashes (e.g. C.131000.001.01).");
        RuleFor(x => x).Must(x => (x.Skills?.Count ?? 0) + (x.UnitCodes?.Count ?? 0) > 0).WithName("skills").WithMessage("Name at least one skill category or unit code.");
        this.RuleForRegion(x => x.Province, x => x.Regency);
        RuleFor(x => x.WorkType).Must(w => EnumNames.Find<WorkType>(w) is not null).WithMessage("Use Employment, Apprenticeship, HomeBased or SelfEmployment.");
        RuleFor(x => x.Openings).NotNull().InclusiveBetween(1, 1000);
        RuleFor(x => x.ClosesOn).NotNull()
            .Must(d => d >= Months.Today(clock.GetUtcNow()) && d <= Months.Today(clock.GetUtcNow()).AddYears(1))
            .WithMessage("The closing date is today or later, within a year.");
        RuleFor(x => x.NoteToStaff).MaximumLength(1000);
    }
}

internal sealed class PostJobHandler(IDocumentSession session, Employers employers, ICurrentUser user, TimeProvider clock) : IRequestHandler<PostJob, Guid>
{
    public async Task<Guid> Handle(PostJob command, CancellationToken cancellationToken)
    {
        var employer = await employers.CurrentAsync(cancellationToken);
        var province = RegionIndex.FindProvince(command.Province)!;
        var posted = new JobPosted(
            Guid.NewGuid(), employer.EmployerId, employer.OrganizationName, command.Title!.Trim(), command.Description!.Trim(),
            [.. (command.Skills ?? []).Select(s => Profiles.Skills.Category(s)!).Distinct(StringComparer.Ordinal)],
            [.. (command.UnitCodes ?? []).Select(Profiles.Skills.UnitCode).Distinct(StringComparer.Ordinal)],
            province.Code, RegionIndex.FindRegency(province, command.Regency)?.Code, EnumNames.Find<WorkType>(command.WorkType)!.Value, command.Openings!.Value,
            command.ClosesOn!.Value, string.IsNullOrWhiteSpace(command.NoteToStaff) ? null : command.NoteToStaff.Trim(), user.Id!.Value, clock.GetUtcNow());
        session.Events.StartStream<JobPosting>(posted.JobId, posted, new PostingMatchesOutdated(posted.JobId));
        return posted.JobId;
    }
}

internal static class PostJobEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/jobs", async (PostJob command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/jobs/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(Policies.VerifiedEmployer)
            .WithName(nameof(PostJob))
            .WithTags("JobMatching");
}
