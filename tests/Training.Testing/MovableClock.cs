namespace Training.Testing;

/// <summary>A clock the tests move forward, so that deadlines and lockouts pass without waiting for them.</summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan _ahead;

    public void MoveAhead(TimeSpan by) => _ahead += by;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _ahead;
}
