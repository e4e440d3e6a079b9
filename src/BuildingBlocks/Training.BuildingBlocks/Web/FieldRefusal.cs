namespace Training.BuildingBlocks.Web;

/// <summary>A refusal shown beside one field of a form (<see cref="Field"/>, as the command names it) or, when null, on the whole form.</summary>
public sealed record FieldRefusal(string? Field, string Message);
