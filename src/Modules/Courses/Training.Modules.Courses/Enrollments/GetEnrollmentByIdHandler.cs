using Marten;
using MediatR;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Enrollments;

/// <summary>Answers other modules: one enrollment by its id.</summary>
internal sealed class GetEnrollmentByIdHandler(IQuerySession session) : IRequestHandler<GetEnrollmentById, EnrollmentInfo?>
{
    public async Task<EnrollmentInfo?> Handle(GetEnrollmentById query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Enrollment>(query.EnrollmentId, cancellationToken) is { } enrollment ? await session.InfoAsync(enrollment, cancellationToken) : null;
}
