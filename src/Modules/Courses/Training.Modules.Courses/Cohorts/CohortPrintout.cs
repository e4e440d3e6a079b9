using MediatR;
using Training.BuildingBlocks.Documents;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Cohorts;

/// <summary>
/// What both printed lists of a cohort share: the cohort as its page shows it, the course's title, the
/// facility's name and zone, and each seat's learner by name. For the officers of the cohort's facility only.
/// </summary>
internal sealed record CohortPrintout(CohortView Cohort, string CourseTitle, FacilityInfo? Facility, IReadOnlyList<CohortPrintout.Learner> Learners, string PrintedAt)
{
    /// <summary>A seat with its learner's name and number, in the order the lists print them.</summary>
    internal sealed record Learner(CohortView.SeatView Seat, string Name, string Number);

    public static async Task<CohortPrintout> LoadAsync(IMediator mediator, ICurrentUser user, TimeProvider clock, Guid cohortId, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.FacilityOfficer))
        {
            throw new NotFound("cohort", cohortId);
        }

        var cohort = await mediator.Send(new GetCohort(cohortId), ct);
        var title = (await mediator.Send(new GetCourseVersion(cohort.CourseId, cohort.CourseVersion), ct))?.Title ?? "";
        var facility = await mediator.Send(new GetFacility(cohort.FacilityId), ct);
        var known = (await mediator.Send(new ListLearnersOfFacility(cohort.FacilityId), ct)).ToDictionary(l => l.LearnerId);
        var learners = new List<Learner>();
        foreach (var seat in cohort.Seats)
        {
            // A learner released or moved away is no longer in the facility's list; the record still knows her.
            var summary = known.GetValueOrDefault(seat.LearnerId) ?? await mediator.Send(new GetLearnerSummary(seat.LearnerId), ct);
            learners.Add(new Learner(seat, summary?.FullName ?? "(tidak lagi di fasilitas ini)", summary?.LearnerNumber ?? "–"));
        }

        var now = FacilityTime.Local(clock.GetUtcNow(), facility?.TimeZone);
        var printedAt = $"Dicetak {IndonesianDates.Long(DateOnly.FromDateTime(now.DateTime))} pukul {now:HH.mm} {FacilityTime.Abbreviation(facility?.TimeZone)} dari Bekal";
        return new CohortPrintout(
            cohort, title, facility, [.. learners.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Number, StringComparer.Ordinal)], printedAt);
    }

    /// <summary>The lines under a list's title: course, facility, dates and sessions.</summary>
    public IReadOnlyList<string> Facts() =>
    [
        $"Pelatihan: {CourseTitle} (versi {Cohort.CourseVersion})",
        $"Fasilitas: {Facility?.Name ?? "–"}",
        $"Tanggal: {IndonesianDates.Long(Cohort.StartsOn)} sampai {IndonesianDates.Long(Cohort.EndsOn)} · {Cohort.Sessions.Count} sesi · {Learners.Count} peserta"
            + (Cohort.Completed ? " · angkatan selesai" : ""),
    ];

    /// <summary>A file name with the course's title and the first day, e.g. "rekap-kehadiran-merajut-dompet-2026-12-07.pdf".</summary>
    public string FileName(string prefix)
    {
        var slug = new string([.. CourseTitle.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var words = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return $"{prefix}-{(words.Length > 40 ? words[..40].TrimEnd('-') : words)}-{Cohort.StartsOn:yyyy-MM-dd}.pdf".Replace("--", "-", StringComparison.Ordinal);
    }
}
