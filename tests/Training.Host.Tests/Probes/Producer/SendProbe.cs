using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.Host.Tests.Probes.Contracts;

namespace Training.Host.Tests.Probes.Producer;

internal sealed record SendProbe(Guid Stream, int FailuresBeforeSuccess = 0, bool AlwaysFail = false) : ICommand<ProbeSentIntegrationEvent>;

internal sealed class SendProbeHandler(IDocumentSession session) : IRequestHandler<SendProbe, ProbeSentIntegrationEvent>
{
    public async Task<ProbeSentIntegrationEvent> Handle(SendProbe command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<ProbeStream>(command.Stream, cancellationToken);
        var number = (stream.Aggregate?.Count ?? 0) + 1;
        var sent = new ProbeSent(Guid.NewGuid(), command.Stream, number);
        var integration = new ProbeSentIntegrationEvent(sent.ProbeId, sent.Stream, number, command.FailuresBeforeSuccess, command.AlwaysFail);
        stream.AppendMany(sent, integration);
        return integration;
    }
}

internal static class SendProbeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/probes", async (SendProbe command, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(command, ct)));
}
