using Marten;
using MediatR;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Employers;

/// <summary>Answers other modules: where an employer's verification stands.</summary>
internal sealed class GetEmployerStatusHandler(IQuerySession session) : IRequestHandler<GetEmployerStatus, EmployerVerification?>
{
    public async Task<EmployerVerification?> Handle(GetEmployerStatus request, CancellationToken cancellationToken) =>
        (await session.LoadAsync<Employer>(request.EmployerId, cancellationToken))?.Status;
}
