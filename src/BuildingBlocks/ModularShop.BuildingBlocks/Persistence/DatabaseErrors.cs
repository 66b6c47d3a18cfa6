using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ModularShop.BuildingBlocks.Persistence;

public static class DatabaseErrors
{
    private const int SqliteUniqueConstraint = 2067;
    private const int SqlitePrimaryKeyConstraint = 1555;

    // SQLite's primary result codes of a database that cannot serve now but may in a moment.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;

    /// <summary>The write broke a unique index or a primary key: someone else got there first.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueConstraint or SqlitePrimaryKeyConstraint,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };

    /// <summary>
    /// The database could not be reached or could not serve for now (a restart, a lost connection, a full disk, a lock
    /// held too long): trying again later may work, and nothing was committed by the failed statement.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var unavailable = current switch
            {
                NpgsqlException npgsql => npgsql.IsTransient || npgsql is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow },
                SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError or SqliteFull or SqliteCannotOpen,
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
        }

        return false;
    }
}
