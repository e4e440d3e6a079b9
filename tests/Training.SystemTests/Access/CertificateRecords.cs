using System.Net.Http.Json;
using System.Text.Json;
using Training.Modules.Assessments.Contracts;
using Training.Testing.Driving;
using Training.Testing;

namespace Training.SystemTests.Access;

/// <summary>
/// Certificates of facility A's learners for the access matrix, issued the way the platform issues
/// them: a pass committed to the store, which the relay turns into a certificate.
/// </summary>
public sealed class CertificateRecords(FacilityTeam facility, CourseRecords courses)
{
    private readonly Lazy<Task<Guid>> _learners = new(() => IssueAsync(facility, courses, courses.LearnerId));

    /// <summary>The learner caller's own certificate (reads only).</summary>
    public Task<Guid> LearnersOwnAsync() => _learners.Value;

    /// <summary>A certificate of a learner of A that no other call has touched (revoke, reissue).</summary>
    public async Task<Guid> FreshAsync() => await IssueAsync(facility, courses, (await facility.RegisterLearnerAsync()).Id);

    private static async Task<Guid> IssueAsync(FacilityTeam facility, CourseRecords courses, Guid learnerId)
    {
        var courseId = await courses.PublishedCourseAsync();
        await using (var session = facility.App.Store.LightweightSession())
        {
            session.Events.StartStream(Guid.NewGuid(), new CoursePassedIntegrationEvent(
                Guid.NewGuid(), learnerId, courseId, 1, [new(Guid.NewGuid(), null, "Merajut", Competence.Competent)], 100m, null, DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }

        var issued = await Eventually.Until(
            async () => await facility.Officer.Client.GetFromJsonAsync<JsonElement[]>($"/api/learners/{learnerId}/certificates"), c => c!.Length > 0);
        return issued![0].GetProperty("id").GetGuid();
    }
}
