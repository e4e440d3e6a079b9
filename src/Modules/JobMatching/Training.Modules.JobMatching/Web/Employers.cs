using MediatR;
using Training.BuildingBlocks.Errors;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.JobMatching.Web;

/// <summary>The verified employer organisation of the signed-in employer user, from Identity.</summary>
internal sealed class Employers(IMediator mediator)
{
    public async Task<EmployerDetails> CurrentAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new GetMyEmployer(), cancellationToken) is { Status: EmployerVerification.Verified } employer
            ? employer
            : throw new NotFound("employer", "me");
}
