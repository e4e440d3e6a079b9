using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Text;
using Training.Modules.Identity.Contracts;
using Training.Modules.JobMatching.Matches;
using Training.Modules.JobMatching.Regions;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>
/// A learner opts in to a graduate profile, or changes it: an alias (unique, and like the statement
/// naming neither her nor a facility nor custody), the region they will live in, the month they expect to be available (this month
/// or later), work preferences, a short statement and optionally a phone for the officer. Consent must
/// be given; its time and text version are recorded. The profile is searchable at once; postings' matches follow right after.
/// </summary>
internal sealed record SaveGraduateProfile(
    string? Alias = null,
    string? Province = null,
    string? Regency = null,
    string? AvailableFrom = null,
    IReadOnlyList<string>? WorkTypes = null,
    string? Statement = null,
    bool? Consent = null,
    string? Phone = null) : ICommand<MyGraduateProfile>;

internal sealed class SaveGraduateProfileValidator : AbstractValidator<SaveGraduateProfile>
{
    public const int StatementLength = 500;

    public SaveGraduateProfileValidator(TimeProvider clock)
    {
        RuleFor(x => x.Consent).Equal(true).WithMessage("The profile needs your consent.");
        RuleFor(x => x.Alias).NotEmpty().Length(3, 30).Matches(@"^[\p{L}\p{N}][\p{L}\p{N} ._-]*$")
            .WithMessage("An alias has 3 to 30 letters, digits, spaces, dots, dashes or underscores.");
        this.RuleForRegion(x => x.Province, x => x.Regency);
        RuleFor(x => x.AvailableFrom).Must(m => Months.TryParse(m, out _)).WithMessage("Write the month as YYYY-MM.");
        RuleFor(x => x.AvailableFrom).Must(m => Months.Parse(m!) >= Months.Current(clock.GetUtcNow()) && Months.Parse(m!) <= Months.Current(clock.GetUtcNow()) + 120)
            .When(x => Months.TryParse(x.AvailableFrom, out _))
            .WithMessage("The month is this month or later, within ten years.");
        RuleFor(x => x.WorkTypes).Cascade(CascadeMode.Stop).NotEmpty().Must(w => w!.Count <= 4 && w.Distinct(StringComparer.OrdinalIgnoreCase).Count() == w.Count)
            .WithMessage("Choose one to four different work types.");
        RuleForEach(x => x.WorkTypes).Must(w => EnumNames.Find<WorkType>(w) is not null).WithMessage("Use Employment, Apprenticeship, HomeBased or SelfEmployment.");
        RuleFor(x => x.Statement).MaximumLength(StatementLength);
        RuleFor(x => x.Phone).MaximumLength(32).Matches(@"^\+?[0-9 ()-]{6,}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("Use digits, spaces, dashes and an optional leading +.");
    }
}

internal sealed class SaveGraduateProfileHandler(IDocumentSession session, IMediator mediator, PublicText publicText, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SaveGraduateProfile, MyGraduateProfile>
{
    public async Task<MyGraduateProfile> Handle(SaveGraduateProfile command, CancellationToken cancellationToken)
    {
        var learnerId = user.Id!.Value;
        var learner = await mediator.Send(new GetLearnerSummary(learnerId), cancellationToken) ?? throw new NotFound("learner", learnerId);
        var profileId = GraduateProfile.IdFor(learnerId);
        var alias = command.Alias!.Trim();
        // Employers read both before she accepts their interest: neither may say who she is or where she trained.
        await publicText.EnsureFitAsync([alias, command.Statement], new TextOwner(learner.FullName, learner.LearnerNumber), cancellationToken);
        var aliasKey = Folded.Key(alias);
        if (await session.Query<GraduateListing>().AnyAsync(l => l.AliasKey == aliasKey && l.Id != profileId, cancellationToken))
        {
            throw new RuleBroken("graduate.alias-taken", isConflict: true);
        }

        var province = RegionIndex.FindProvince(command.Province)!;
        var details = new ProfileDetails(
            alias, province.Code, RegionIndex.FindRegency(province, command.Regency)?.Code, command.AvailableFrom!,
            [.. command.WorkTypes!.Select(w => EnumNames.Find<WorkType>(w)!.Value)], command.Statement?.Trim() ?? "",
            string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim());

        var now = clock.GetUtcNow();
        var stream = await session.Events.FetchForWriting<GraduateProfile>(profileId, cancellationToken);
        if (stream.Aggregate?.Consent is not { TextVersion: ConsentText.Version })
        {
            stream.AppendOne(new GraduateConsentGiven(profileId, learnerId, ConsentText.Version, now));
        }

        stream.AppendOne(new GraduateProfileSaved(profileId, learnerId, details, learnerId, now));
        var before = await Listings.FindAsync(session, learnerId, cancellationToken);
        var after = (before ?? GraduateListing.For(learnerId)).WithProfile(details, learner.FacilityId);
        Listings.Save(session, before, after);
        stream.AppendOne(new GraduateMatchesOutdated(profileId, [.. after.Covered()]));

        var consent = stream.Aggregate?.Consent is { TextVersion: ConsentText.Version } kept ? kept : new GivenConsent(ConsentText.Version, now);
        return MyGraduateProfile.Of(after, details, consent, [], []);
    }
}

internal static class SaveGraduateProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/me/graduate-profile", async (SaveGraduateProfile command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(SaveGraduateProfile))
            .WithTags("JobMatching");
}
