using Marten;
using MediatR;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Enrollments;

/// <summary>Answers other modules: a learner's enrolments, the active ones first.</summary>
internal sealed class ListEnrollmentsOfLearnerHandler(IQuerySession session) : IRequestHandler<ListEnrollmentsOfLearner, IReadOnlyList<EnrollmentInfo>>
{
    public async Task<IReadOnlyList<EnrollmentInfo>> Handle(ListEnrollmentsOfLearner query, CancellationToken cancellationToken)
    {
        var enrollments = await session.Query<Enrollment>().Where(e => e.LearnerId == query.LearnerId).ToListAsync(cancellationToken);
        var infos = new List<EnrollmentInfo>();
        foreach (var enrollment in enrollments.OrderByDescending(e => e.Active))
        {
            infos.Add(await session.InfoAsync(enrollment, cancellationToken));
        }

        return infos;
    }
}
