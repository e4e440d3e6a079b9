namespace Training.BuildingBlocks.Relay;

/// <summary>How hard the relay tries a handler before parking the event in dead letters (section <c>Relay</c>).</summary>
public sealed class RelayOptions
{
    public const string Section = "Relay";

    /// <summary>Attempts per handler and event, including the first.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the second attempt; it grows linearly with each further attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
