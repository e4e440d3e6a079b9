namespace Training.Modules.Identity.Accounts;

/// <summary>
/// A person who signs in with a username and password: staff, or the user of an employer.
/// <see cref="SessionStamp"/> changes whenever existing sessions must end. A password set by
/// someone else (<see cref="SecretTemporary"/>) must be replaced by the owner's own first.
/// </summary>
internal sealed record Account(
    Guid Id,
    string Username,
    string PasswordHash,
    string DisplayName,
    string Role,
    Guid? FacilityId,
    Guid? EmployerId,
    bool Disabled,
    Lockout Lockout,
    int SessionStamp,
    bool SecretTemporary,
    TwoFactor TwoFactor)
{
    public static Account Create(AccountCreated e) =>
        new(e.AccountId, e.Username, e.PasswordHash, e.DisplayName, e.Role, e.FacilityId, e.EmployerId, false, Lockout.None, 1, e.Temporary, TwoFactor.Off);

    public Account Apply(AccountDisabled e) => this with { Disabled = true, SessionStamp = SessionStamp + 1 };

    /// <summary>A password the owner chose is theirs; one an admin set is temporary and lifts a lockout.</summary>
    public Account Apply(PasswordChanged e) => e.By == Id
        ? this with { PasswordHash = e.PasswordHash, SecretTemporary = false, SessionStamp = SessionStamp + 1 }
        : this with { PasswordHash = e.PasswordHash, SecretTemporary = true, Lockout = Lockout.None, SessionStamp = SessionStamp + 1 };

    public Account Apply(SignedIn e) => this with { Lockout = Lockout.None };

    public Account Apply(SignInFailed e) => this with { Lockout = Lockout.Failed() };

    public Account Apply(LockedOut e) => this with { Lockout = new Lockout(0, e.Until) };

    public Account Apply(AccountUnlocked e) => this with { Lockout = Lockout.None };

    public Account Apply(TwoFactorEnrolmentStarted e) => this with { TwoFactor = TwoFactor with { PendingKey = e.Key } };

    public Account Apply(TwoFactorEnabled e) => this with { TwoFactor = new TwoFactor(null, TwoFactor.PendingKey) };

    /// <summary>Whether the account must still enrol a second factor before it may do anything else.</summary>
    public bool MustEnrolTwoFactor(bool required) => required && Accounts.TwoFactorRoles.Contains(Role) && !TwoFactor.Enabled;
}

/// <summary>The TOTP key (RFC 6238) of an account: one being enrolled, and the confirmed one.</summary>
internal sealed record TwoFactor(string? PendingKey, string? Key)
{
    public static readonly TwoFactor Off = new(null, null);

    public bool Enabled => Key is not null;
}

/// <summary>An account was opened; <see cref="Temporary"/> when someone other than its owner chose the password.</summary>
internal sealed record AccountCreated(
    Guid AccountId, string Username, string PasswordHash, string DisplayName, string Role, Guid? FacilityId, Guid? EmployerId, Guid? By, DateTimeOffset At,
    bool Temporary = false);

internal sealed record AccountDisabled(Guid AccountId, Guid By, DateTimeOffset At);

/// <summary>A new password; chosen by the owner when <see cref="By"/> is the account itself, otherwise issued by an admin.</summary>
internal sealed record PasswordChanged(Guid AccountId, string PasswordHash, Guid By, DateTimeOffset At);

internal sealed record AccountUnlocked(Guid AccountId, Guid By, DateTimeOffset At);

internal sealed record TwoFactorEnrolmentStarted(Guid AccountId, string Key, DateTimeOffset At);

internal sealed record TwoFactorEnabled(Guid AccountId, DateTimeOffset At);
