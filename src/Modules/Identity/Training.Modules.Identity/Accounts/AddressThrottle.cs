using Marten;
using Microsoft.Extensions.Options;

namespace Training.Modules.Identity.Accounts;

/// <summary>One failed sign-in from a client address, kept for the throttle's window.</summary>
internal sealed record FailedSignIn(Guid Id, string Address, DateTimeOffset At);

/// <summary>How many failed sign-ins one address may make in a window (<c>Identity:FailedSignIns</c>): 30 in 10 minutes by default.</summary>
internal sealed class FailedSignInLimit
{
    public int PerAddress { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Throttles failed sign-ins per client address, so that one address cannot lock out a class by
/// guessing: past the limit it is refused before any account is looked at, while other addresses
/// go on. The failures are rows in PostgreSQL, so every host counts the same ones.
/// </summary>
internal sealed class AddressThrottle(IDocumentSession session, IOptions<FailedSignInLimit> options)
{
    private const string NoAddress = "unknown";

    /// <summary>How long the address must wait, or null when it may try.</summary>
    public async Task<TimeSpan?> WaitAsync(string? address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var limit = options.Value;
        var key = address ?? NoAddress;
        var since = now - limit.Window;

        // The limit-th latest failure in the window: while it is there the address is over the limit.
        var oldest = await session.Query<FailedSignIn>()
            .Where(f => f.Address == key && f.At > since)
            .OrderByDescending(f => f.At)
            .Skip(limit.PerAddress - 1)
            .Select(f => f.At)
            .FirstOrDefaultAsync(cancellationToken);
        return oldest == default ? null : oldest + limit.Window - now;
    }

    /// <summary>Records a failure (stored with the sign-in's other changes) and forgets the address's failures past the window.</summary>
    public void Failed(string? address, DateTimeOffset now)
    {
        var key = address ?? NoAddress;
        var since = now - options.Value.Window;
        session.Insert(new FailedSignIn(Guid.NewGuid(), key, now));
        session.DeleteWhere<FailedSignIn>(f => f.Address == key && f.At <= since);
    }
}
