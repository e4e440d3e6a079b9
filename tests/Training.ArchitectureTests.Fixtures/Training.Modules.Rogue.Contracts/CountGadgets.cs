using MediatR;

namespace Training.Modules.Rogue.Contracts;

/// <summary>A query other modules may send; its handler breaks the rule by writing.</summary>
public sealed record CountGadgets : IRequest<int>;
