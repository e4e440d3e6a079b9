namespace Training.BuildingBlocks.Errors;

/// <summary>A domain rule refused the request. The code is stable and translated in resources (answered as 409 or 400).</summary>
public sealed class RuleBroken(string code, bool isConflict = false) : Exception(code)
{
    public string Code { get; } = code;

    /// <summary>True when the request clashes with the current state (409); false when it can never succeed (400).</summary>
    public bool IsConflict { get; } = isConflict;
}
