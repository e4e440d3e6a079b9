using Marten;

namespace Training.Modules.Identity.Access;

/// <summary>
/// One signed-in session, recorded on the server so that signing out ends it everywhere at once:
/// the cookie only carries its id. <see cref="LastSeenAt"/> moves at most once a minute.
/// </summary>
internal sealed record UserSession(Guid Id, Guid PersonId, bool Learner, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset? EndedAt)
{
    public static readonly TimeSpan SeenPrecision = TimeSpan.FromMinutes(1);

    /// <summary>Opens a session for a person who just signed in; it is stored with the sign-in.</summary>
    public static Guid Open(IDocumentSession session, Guid personId, bool learner, DateTimeOffset now)
    {
        var id = Guid.NewGuid();
        session.Insert(new UserSession(id, personId, learner, now, now, null));
        return id;
    }

    public bool IsOpen(SessionLimits limits, DateTimeOffset now)
    {
        var limit = Learner ? limits.Learner : limits.Staff;
        return EndedAt is null && now - CreatedAt < limit.Absolute && now - LastSeenAt < limit.Idle;
    }
}

/// <summary>How long a session lasts (<c>Identity:Sessions:Staff</c> and <c>Identity:Sessions:Learner</c>): in all, and without a request.</summary>
internal sealed class SessionLimits
{
    public SessionLimit Staff { get; set; } = new() { Absolute = TimeSpan.FromHours(12), Idle = TimeSpan.FromHours(2) };

    /// <summary>Learners share tablets: a session left open is ended after half an hour without use.</summary>
    public SessionLimit Learner { get; set; } = new() { Absolute = TimeSpan.FromHours(8), Idle = TimeSpan.FromMinutes(30) };

    public TimeSpan Longest => Staff.Absolute > Learner.Absolute ? Staff.Absolute : Learner.Absolute;
}

internal sealed class SessionLimit
{
    public TimeSpan Absolute { get; set; }

    public TimeSpan Idle { get; set; }
}
