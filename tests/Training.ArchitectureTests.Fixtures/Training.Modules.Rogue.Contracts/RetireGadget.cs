using MediatR;

namespace Training.Modules.Rogue.Contracts;

/// <summary>Breaks the rule on purpose: a command other modules could send, since it answers nothing.</summary>
public sealed record RetireGadget(Guid GadgetId) : IRequest;
