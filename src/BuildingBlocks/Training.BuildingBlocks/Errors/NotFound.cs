namespace Training.BuildingBlocks.Errors;

/// <summary>The record does not exist, or belongs to a facility the caller may not see: answered as 404 either way.</summary>
public sealed class NotFound(string what, object id) : Exception($"{what} {id} was not found")
{
    public string What { get; } = what;
}
