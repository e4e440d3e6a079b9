namespace Training.Modules.Identity.Accounts;

/// <summary>
/// A person who signs in with a username and password: staff, or the user of an employer.
/// <see cref="SessionStamp"/> changes whenever existing sessions must end.
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
    int SessionStamp)
{
    public static Account Create(AccountCreated e) =>
        new(e.AccountId, e.Username, e.PasswordHash, e.DisplayName, e.Role, e.FacilityId, e.EmployerId, false, Lockout.None, 1);

    public Account Apply(AccountDisabled e) => this with { Disabled = true, SessionStamp = SessionStamp + 1 };

    public Account Apply(PasswordChanged e) => this with { PasswordHash = e.PasswordHash, SessionStamp = SessionStamp + 1 };

    public Account Apply(SignedIn e) => this with { Lockout = Lockout.None };

    public Account Apply(SignInFailed e) => this with { Lockout = Lockout.Failed() };

    public Account Apply(LockedOut e) => this with { Lockout = new Lockout(0, e.Until) };
}

internal sealed record AccountCreated(
    Guid AccountId, string Username, string PasswordHash, string DisplayName, string Role, Guid? FacilityId, Guid? EmployerId, Guid? By, DateTimeOffset At);

internal sealed record AccountDisabled(Guid AccountId, Guid By, DateTimeOffset At);

internal sealed record PasswordChanged(Guid AccountId, string PasswordHash, Guid By, DateTimeOffset At);
