using JasperFx;
using JasperFx.Events;
using Npgsql;

namespace Training.BuildingBlocks.Errors;

/// <summary>Whether a failure, or one it wraps, means someone changed the same record at the same moment or a unique index caught a race.</summary>
public static class Conflicts
{
    public static bool IsConflict(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is ConcurrencyException or EventStreamUnexpectedMaxEventIdException or DocumentAlreadyExistsException
                or ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException
                or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
