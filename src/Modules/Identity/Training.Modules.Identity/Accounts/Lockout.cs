namespace Training.Modules.Identity.Accounts;

/// <summary>Failed sign-ins of one account; five in a row lock it for fifteen minutes.</summary>
internal sealed record Lockout(int FailedSignIns, DateTimeOffset? LockedUntil)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);
    public static readonly Lockout None = new(0, null);

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    public Lockout Failed() => this with { FailedSignIns = FailedSignIns + 1 };

    public bool LocksAfterNextFailure => FailedSignIns + 1 >= MaxFailures;
}

/// <summary>An account signed in; failures are forgotten. Learners have their own events (see Learner.cs).</summary>
internal sealed record SignedIn(Guid AccountId, DateTimeOffset At, string? ClientAddress);

internal sealed record SignInFailed(Guid AccountId, DateTimeOffset At, string? ClientAddress);

internal sealed record LockedOut(Guid AccountId, DateTimeOffset Until);

/// <summary>A sign-in for a name that matches no account (the attempted name is not kept: it may be a mistyped password).</summary>
internal sealed record UnknownSignInFailed(Guid Id, DateTimeOffset At, string? ClientAddress, string Kind);
