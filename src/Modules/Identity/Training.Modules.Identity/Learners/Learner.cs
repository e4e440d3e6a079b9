using Training.Modules.Identity.Accounts;

namespace Training.Modules.Identity.Learners;

internal enum LearnerStatus
{
    Active,
    Released,
}

/// <summary>
/// A resident taking training. Signs in with the facility code, a learner number unique within
/// the facility, and a 6-digit PIN. Holds no offence data, ever. A PIN an officer issued
/// (<see cref="PinTemporary"/>) must be replaced by one the learner chooses herself.
/// </summary>
internal sealed record Learner(
    Guid Id,
    Guid FacilityId,
    string LearnerNumber,
    string FullName,
    string PinHash,
    LearnerStatus Status,
    DateTimeOffset? ReleasedAt,
    Lockout Lockout,
    int SessionStamp,
    bool PinTemporary)
{
    public static Learner Create(LearnerRegistered e) =>
        new(e.LearnerId, e.FacilityId, e.LearnerNumber, e.FullName, e.PinHash, LearnerStatus.Active, null, Lockout.None, 1, e.Temporary);

    public Learner Apply(LearnerPinReset e) => this with { PinHash = e.PinHash, PinTemporary = true, Lockout = Lockout.None, SessionStamp = SessionStamp + 1 };

    public Learner Apply(LearnerPinChanged e) => this with { PinHash = e.PinHash, PinTemporary = false, SessionStamp = SessionStamp + 1 };

    public Learner Apply(LearnerUnlocked e) => this with { Lockout = Lockout.None };

    public Learner Apply(LearnerTransferred e) => this with { FacilityId = e.ToFacilityId, LearnerNumber = e.LearnerNumber, SessionStamp = SessionStamp + 1 };

    public Learner Apply(LearnerReleased e) => this with { Status = LearnerStatus.Released, ReleasedAt = e.At };

    public Learner Apply(LearnerSignedIn e) => this with { Lockout = Lockout.None };

    public Learner Apply(LearnerSignInFailed e) => this with { Lockout = Lockout.Failed() };

    public Learner Apply(LearnerLockedOut e) => this with { Lockout = new Lockout(0, e.Until) };
}

/// <summary>A learner was registered; <see cref="Temporary"/> when an officer issued the PIN (not for the printed demo learners).</summary>
internal sealed record LearnerRegistered(
    Guid LearnerId, Guid FacilityId, string LearnerNumber, string FullName, string PinHash, Guid By, DateTimeOffset At, bool Temporary = false);

/// <summary>An officer issued a new PIN: temporary until the learner chooses her own.</summary>
internal sealed record LearnerPinReset(Guid LearnerId, string PinHash, Guid By, DateTimeOffset At);

/// <summary>The learner chose her own PIN.</summary>
internal sealed record LearnerPinChanged(Guid LearnerId, string PinHash, DateTimeOffset At);

internal sealed record LearnerUnlocked(Guid LearnerId, Guid By, DateTimeOffset At);

internal sealed record LearnerTransferred(Guid LearnerId, Guid FromFacilityId, Guid ToFacilityId, string LearnerNumber, Guid By, DateTimeOffset At);

internal sealed record LearnerReleased(Guid LearnerId, Guid By, DateTimeOffset At);

// Learners have sign-in events of their own, not the accounts' SignedIn, SignInFailed and LockedOut:
// an inline snapshot takes every event of the types it applies from any stream, so shared events
// would build a nameless learner out of every staff sign-in (and a nameless account out of every learner's).

/// <summary>A learner signed in; failures are forgotten.</summary>
internal sealed record LearnerSignedIn(Guid LearnerId, DateTimeOffset At, string? ClientAddress);

internal sealed record LearnerSignInFailed(Guid LearnerId, DateTimeOffset At, string? ClientAddress);

internal sealed record LearnerLockedOut(Guid LearnerId, DateTimeOffset Until);
