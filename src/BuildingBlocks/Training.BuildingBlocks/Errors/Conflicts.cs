using JasperFx;
using JasperFx.Events;
using Npgsql;

namespace Training.BuildingBlocks.Errors;

/// <summary>
/// The one list of what counts as a conflict (answered 409 by the API and shown as such on pages): a
/// failure, or one it wraps, that means someone changed the same record at the same moment, or a unique
/// index caught a race the handler's own check could not see.
/// </summary>
public static class Conflicts
{
    public static bool IsConflict(Exception? exception) =>
        Any(exception, e => e is ConcurrencyException or EventStreamUnexpectedMaxEventIdException or DocumentAlreadyExistsException
            or ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException)
        || IsDuplicate(exception);

    /// <summary>The conflict is a duplicate: a unique index refused a second record with the same key.</summary>
    public static bool IsDuplicate(Exception? exception) =>
        Any(exception, e => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation });

    private static bool Any(Exception? exception, Func<Exception, bool> matches)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (matches(exception))
            {
                return true;
            }
        }

        return false;
    }
}
