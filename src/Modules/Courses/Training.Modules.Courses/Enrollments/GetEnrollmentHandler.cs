using Marten;
using MediatR;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Enrollments;

/// <summary>Answers other modules: a learner's enrollment in a course, the active one first, then the latest version.</summary>
internal sealed class GetEnrollmentHandler(IQuerySession session) : IRequestHandler<GetEnrollment, EnrollmentInfo?>
{
    public async Task<EnrollmentInfo?> Handle(GetEnrollment query, CancellationToken cancellationToken)
    {
        var enrollments = await session.Query<Enrollment>()
            .Where(e => e.LearnerId == query.LearnerId && e.CourseId == query.CourseId)
            .ToListAsync(cancellationToken);
        var latest = enrollments.OrderByDescending(e => e.Active).ThenByDescending(e => e.CourseVersion).FirstOrDefault();
        if (latest is null)
        {
            return null;
        }

        return await session.InfoAsync(latest, cancellationToken);
    }
}
