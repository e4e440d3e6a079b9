using Marten;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.BuildingBlocks.Demo;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Identity.Contracts;
using Training.Modules.JobMatching.Inbox;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Matches;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Demo;

/// <summary>
/// With demo data on, once the demo facility, its learners and the verified demo employer are known:
/// graduate profiles for four demo learners (Yuliana Sari WB-2026-005 is left to opt in herself) and a
/// posting by Koperasi Purun Sejahtera. Verified skills follow from the certificates the demo issues.
/// </summary>
internal sealed class JobMatchingDemoSeeding(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<JobMatchingDemoSeeding> logger)
    : DemoSeeding(scopes, configuration, clock, logger)
{
    protected override Task<bool> TrySeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IMediator>().Send(new SeedDemoGraduates(), cancellationToken);
}

/// <summary>
/// Seeds the demo graduate profiles and posting; answers false while the demo facility, its learners
/// and the verified demo employer are not known yet. A race with the relay writing the same listings
/// (a demo certificate arriving) is tried again like any command's.
/// </summary>
internal sealed record SeedDemoGraduates : ICommand<bool>;

internal sealed class SeedDemoGraduatesHandler(IDocumentSession session, IMediator mediator, TimeProvider clock) : IRequestHandler<SeedDemoGraduates, bool>
{
    private const string DemoEmployer = "Koperasi Purun Sejahtera";

    private static readonly (string Number, string Alias, string? Regency, int MonthsAhead, WorkType[] WorkTypes, string Statement)[] Graduates =
    [
        ("WB-2026-001", "Tangan Terampil", "Kota Palangka Raya", 2, [WorkType.HomeBased, WorkType.SelfEmployment], "Saya suka merajut tas dan dompet dengan rapi."),
        ("WB-2026-002", "Perajut Kahayan", "Kota Palangka Raya", 0, [WorkType.Employment, WorkType.HomeBased], "Siap bekerja di usaha kerajinan rajut."),
        ("WB-2026-003", "Purun Bersinar", "Pulang Pisau", 4, [WorkType.HomeBased], "Menganyam purun menjadi tikar dan tas."),
        ("WB-2026-004", "Batik Batang Garing", "Kapuas", 6, [WorkType.Apprenticeship, WorkType.Employment], "Ingin belajar lebih banyak tentang batik tulis."),
    ];

    public async Task<bool> Handle(SeedDemoGraduates command, CancellationToken cancellationToken)
    {
        if (await session.Query<GraduateProfile>().AnyAsync(cancellationToken))
        {
            return true;
        }

        var facility = await mediator.Send(new FindFacility("LPP-PKY"), cancellationToken);
        var employer = await session.Query<VerifiedEmployer>().FirstOrDefaultAsync(e => e.OrganizationName == DemoEmployer, cancellationToken);
        var learners = facility is null ? [] : await mediator.Send(new ListLearnersOfFacility(facility.FacilityId), cancellationToken);
        if (facility is null || employer is null || learners.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        foreach (var graduate in Graduates)
        {
            if (learners.FirstOrDefault(l => l.LearnerNumber == graduate.Number) is { } learner)
            {
                await ProfileAsync(learner, graduate, now, cancellationToken);
            }
        }

        var posted = new JobPosted(Guid.NewGuid(), employer.Id, employer.OrganizationName, "Penganyam purun (kerja dari rumah)",
            "Koperasi menerima anyaman tikar dan tas purun dari rumah. Bahan disediakan, hasil dibeli per potong.",
            ["Weaving"], ["C.132000.022.01"], "62", "6271", WorkType.HomeBased, 3, Months.Today(now).AddDays(60),
            "Kami dapat menjemput hasil anyaman di Palangka Raya.", Guid.Empty, now);
        session.Events.StartStream<JobPosting>(posted.JobId, posted, new PostingMatchesOutdated(posted.JobId));
        var knitting = new JobPosted(Guid.NewGuid(), employer.Id, employer.OrganizationName, "Perajut tas dan dompet (pesanan)",
            "Koperasi memesan tas dan dompet rajut untuk galeri di Palangka Raya. Benang disediakan, dibayar per potong.",
            ["Knitting"], [], "62", "6271", WorkType.HomeBased, 2, Months.Today(now).AddDays(45), null, Guid.Empty, now);
        session.Events.StartStream<JobPosting>(knitting.JobId, knitting, new PostingMatchesOutdated(knitting.JobId));
        return true;
    }

    private async Task ProfileAsync(
        LearnerSummary learner, (string Number, string Alias, string? Regency, int MonthsAhead, WorkType[] WorkTypes, string Statement) graduate,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profileId = GraduateProfile.IdFor(learner.LearnerId);
        var regency = graduate.Regency is null ? null : Regions.RegionIndex.FindRegency(Regions.RegionIndex.FindProvince("62")!, graduate.Regency)!.Code;
        var details = new ProfileDetails(graduate.Alias, "62", regency, Months.Format(Months.Current(now) + graduate.MonthsAhead), graduate.WorkTypes, graduate.Statement, null);
        session.Events.StartStream<GraduateProfile>(profileId,
            new GraduateConsentGiven(profileId, learner.LearnerId, ConsentText.Version, now),
            new GraduateProfileSaved(profileId, learner.LearnerId, details, learner.LearnerId, now));
        var before = await Listings.FindAsync(session, learner.LearnerId, cancellationToken);
        Listings.Save(session, before, (before ?? GraduateListing.For(learner.LearnerId)).WithProfile(details, learner.FacilityId));
    }
}
