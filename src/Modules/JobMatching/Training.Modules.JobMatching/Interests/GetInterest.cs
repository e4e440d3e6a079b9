using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Profiles;

namespace Training.Modules.JobMatching.Interests;

/// <summary>
/// An interest as its party may see it. Everyone sees the state and its steps. The employer sees the
/// learner's name and the contact route only once the learner accepted. The officer also sees the
/// employer's verified details, the posting's note to staff, the phone the learner gave and whether she
/// is released (which decides the contact route); the learner
/// sees the officer's note and the route that would be shared.
/// </summary>
internal sealed record GetInterest(Guid InterestId) : IRequest<InterestView>;

internal sealed record InterestView(
    Guid Id,
    string Party,
    Guid ProfileId,
    string Alias,
    string OrganizationName,
    Guid? JobId,
    string? JobTitle,
    string Message,
    string Status,
    DateTimeOffset SentAt,
    DateTimeOffset? AnswerBy,
    IReadOnlyList<InterestStep> Steps,
    string? LearnerName = null,
    string? ContactRoute = null,
    string? OfficerNote = null,
    EmployerDetails? Employer = null,
    string? NoteToStaff = null,
    string? LearnerPhone = null,
    bool? LearnerReleased = null);

internal sealed class GetInterestHandler(IQuerySession session, InterestAccess access, IMediator mediator) : IRequestHandler<GetInterest, InterestView>
{
    public async Task<InterestView> Handle(GetInterest query, CancellationToken cancellationToken)
    {
        var interest = await session.LoadAsync<Interest>(query.InterestId, cancellationToken);
        var party = await access.PartyAsync(interest, query.InterestId, cancellationToken);
        var view = new InterestView(
            interest!.Id, party.ToString(), interest.ProfileId, interest.Alias, interest.OrganizationName, interest.JobId, interest.JobTitle, interest.Message,
            interest.Status.ToString(), interest.SentAt, interest.AwaitingAnswer ? interest.WaitingSince + Interest.AnswerWithin : null, interest.Steps);
        return party switch
        {
            Party.Employer => interest.SharesContact ? view with { LearnerName = interest.LearnerName, ContactRoute = interest.ContactRoute } : view,
            Party.Learner => view with { OfficerNote = interest.OfficerNote, ContactRoute = interest.ContactRoute },
            _ => await ForOfficerAsync(view, interest, cancellationToken),
        };
    }

    private async Task<InterestView> ForOfficerAsync(InterestView view, Interest interest, CancellationToken cancellationToken)
    {
        var learner = await mediator.Send(new GetLearnerSummary(interest.LearnerId), cancellationToken);
        var posting = interest.JobId is { } jobId ? await session.LoadAsync<JobPosting>(jobId, cancellationToken) : null;
        var profile = await session.LoadAsync<GraduateProfile>(interest.ProfileId, cancellationToken);
        return view with
        {
            LearnerName = learner?.FullName,
            ContactRoute = interest.ContactRoute,
            OfficerNote = interest.OfficerNote,
            Employer = await mediator.Send(new GetEmployerDetails(interest.EmployerId), cancellationToken),
            NoteToStaff = posting?.NoteToStaff,
            LearnerPhone = profile?.Active == true ? profile.Details?.Phone : null,
            LearnerReleased = learner?.Released,
        };
    }
}

internal static class GetInterestEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/interests/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetInterest(id), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetInterest))
            .WithTags("JobMatching");
}
