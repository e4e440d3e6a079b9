using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;

namespace Training.Host.Tests.Probes.Producer;

internal enum NoteKind
{
    Plain,
    Urgent,
}

internal sealed record ProbeNote(Guid Id, string Title, int Count, NoteKind Kind);

internal sealed record CreateProbeNote(string Title, int Count, NoteKind Kind, string? Remark = null) : ICommand<Guid>;

internal sealed class CreateProbeNoteValidator : AbstractValidator<CreateProbeNote>
{
    public CreateProbeNoteValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Count).InclusiveBetween(0, 1000);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Remark).MaximumLength(200);
    }
}

internal sealed class CreateProbeNoteHandler(IDocumentSession session) : IRequestHandler<CreateProbeNote, Guid>
{
    public Task<Guid> Handle(CreateProbeNote command, CancellationToken cancellationToken)
    {
        var note = new ProbeNote(Guid.NewGuid(), command.Title, command.Count, command.Kind);
        session.Insert(note);
        session.Events.StartStream(note.Id, new ProbeNoteWritten(note.Id));
        return Task.FromResult(note.Id);
    }
}

internal sealed record ProbeNoteWritten(Guid NoteId);

internal sealed record GetProbeNote(Guid Id) : IRequest<ProbeNote>;

internal sealed class GetProbeNoteHandler(IQuerySession session) : IRequestHandler<GetProbeNote, ProbeNote>
{
    public async Task<ProbeNote> Handle(GetProbeNote query, CancellationToken cancellationToken) =>
        await session.LoadAsync<ProbeNote>(query.Id, cancellationToken) ?? throw new NotFound("probe note", query.Id);
}

internal static class CreateProbeNoteEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/probe-notes", async (CreateProbeNote command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/probe-notes/{id}", new { id });
        }).CreatesResource();
}

internal static class GetProbeNoteEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/probe-notes/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetProbeNote(id), ct)));
}
