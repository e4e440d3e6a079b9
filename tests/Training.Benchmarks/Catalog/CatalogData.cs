using Marten;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Enrollments;

namespace Training.Benchmarks.Catalog;

/// <summary>
/// Loads published courses and enrolments with the Courses module's own events and documents,
/// as publishing and enrolling leave them: course streams with their snapshot, version and
/// catalog entry; cohort streams with their seats; one enrolment stream per seat. The inline
/// snapshots are built by Marten on save, as in production. Integration events are left out:
/// they notify other modules, and 200,000 of them would keep the relay busy during the benchmark.
/// Facilities, officers and learners are ids only: no Identity records, which catalog search never reads.
/// </summary>
internal static class CatalogData
{
    public const int Courses = 2_000;
    public const int Facilities = 500;
    public const int CohortsPerFacility = 10;
    public const int SeatsPerCohort = 40;
    public const int LearnersPerFacility = 200;
    public const int Enrolments = Facilities * CohortsPerFacility * SeatsPerCohort;

    private const int Seed = 2026;
    private const int CoursesPerBatch = 200;
    private const int FacilitiesPerBatch = 5;
    private static readonly DateTimeOffset PublishedAt = new(2026, 1, 12, 2, 0, 0, TimeSpan.Zero);

    public static async Task<Guid[]> LoadCoursesAsync(IDocumentStore store)
    {
        var random = new Random(Seed);
        var courseIds = new Guid[Courses];
        for (var first = 0; first < Courses; first += CoursesPerBatch)
        {
            await using var session = store.LightweightSession();
            for (var i = first; i < first + CoursesPerBatch; i++)
            {
                courseIds[i] = Publish(session, random, CatalogWords.Categories[i % CatalogWords.Categories.Count]);
            }

            await session.SaveChangesAsync();
        }

        return courseIds;
    }

    /// <summary>Two sessions at a time: the machine has two cores, and the server needs one of them.</summary>
    public static Task LoadEnrolmentsAsync(IDocumentStore store, Guid[] courseIds) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, Facilities / FacilitiesPerBatch),
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            async (batch, cancellationToken) =>
            {
                // A seed per batch: the same data whichever batch runs first.
                var random = new Random(Seed + 1 + batch);
                await using var session = store.LightweightSession();
                for (var facility = 0; facility < FacilitiesPerBatch; facility++)
                {
                    OpenFacility(session, random, courseIds);
                }

                await session.SaveChangesAsync(cancellationToken);
            });

    private static Guid Publish(IDocumentSession session, Random random, SkillCategory category)
    {
        var id = NextGuid(random);
        var author = NextGuid(random);
        var (title, summary) = CatalogWords.Course(random, category);
        var content = new CourseContent(title, summary, category, 8 * random.Next(2, 16), 75, 36,
            [.. Enumerable.Range(1, 2).Select(u => new CompetencyUnit(NextGuid(random), $"C.131000.00{u}.01", $"Unit {u}: {title}", ["Hasil rapi", "Sesuai pola"]))],
            [.. Enumerable.Range(1, 4).Select(l => new Lesson(NextGuid(random), $"Pertemuan {l}", $"Langkah-langkah pertemuan {l} untuk {title}."))]);
        session.Events.StartStream<Course>(id, new CourseDrafted(id, author, content, PublishedAt), new CoursePublished(id, 1, content, author, PublishedAt));
        session.Insert(new CourseVersion(CourseVersion.IdOf(id, 1), id, 1, content, PublishedAt));
        session.Insert(new CatalogEntry(id, title, summary, category, content.ExpectedHours, 1, Listed: true));
        return id;
    }

    private static void OpenFacility(IDocumentSession session, Random random, Guid[] courseIds)
    {
        var facilityId = NextGuid(random);
        var officer = NextGuid(random);
        var learners = Enumerable.Range(0, LearnersPerFacility).Select(_ => NextGuid(random)).ToArray();
        for (var c = 0; c < CohortsPerFacility; c++)
        {
            var cohortId = NextGuid(random);
            var courseId = courseIds[random.Next(courseIds.Length)];
            var startsOn = DateOnly.FromDateTime(PublishedAt.UtcDateTime).AddDays(7 * random.Next(1, 40));
            DateOnly[] sessions = [.. Enumerable.Range(0, 20).Select(d => startsOn.AddDays(d))];
            var at = PublishedAt.AddDays(random.Next(1, 200));
            var seats = learners.OrderBy(_ => random.Next()).Take(SeatsPerCohort).ToArray();
            var enrolled = seats.Select(learnerId => new LearnerEnrolled(cohortId, NextGuid(random), learnerId, officer, at)).ToArray();
            session.Events.StartStream<Cohort>(cohortId,
            [
                new CohortOpened(cohortId, courseId, 1, facilityId, NextGuid(random), startsOn, sessions[^1], SeatsPerCohort, sessions, officer, at),
                .. enrolled,
            ]);
            foreach (var seat in enrolled)
            {
                session.Events.StartStream<Enrollment>(seat.EnrollmentId,
                    new EnrollmentStarted(seat.EnrollmentId, cohortId, seat.LearnerId, courseId, 1, facilityId, at));
            }
        }
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
