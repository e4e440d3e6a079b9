using Npgsql;

namespace Training.Host.Database;

/// <summary>
/// Who may connect to a local cluster and as what: every connection proves a password
/// (scram-sha-256), and the host works as <see cref="LocalPostgres.Owner"/>, a role that owns
/// the application's databases and has no superuser powers.
/// </summary>
internal static class ClusterAccess
{
    private const string Hba =
        """
        # Written by Bekal on every start: every connection proves its password, over loopback only.
        local   all           all                   scram-sha-256
        host    all           all   127.0.0.1/32    scram-sha-256
        host    all           all   ::1/128         scram-sha-256
        host    replication   all   127.0.0.1/32    scram-sha-256

        """;

    /// <summary>Requires passwords from now on; true when the file changed (the server must reload it).</summary>
    public static bool RequirePasswords(string dataDir)
    {
        var path = Path.Combine(dataDir, "pg_hba.conf");
        if (File.Exists(path) && File.ReadAllText(path) == Hba)
        {
            return false;
        }

        // Overwriting keeps the file's owner (postgres, when the host runs as root) and its mode.
        File.WriteAllText(path, Hba);
        return true;
    }

    public static async Task ReloadAsync(NpgsqlConnection superuser, CancellationToken cancellationToken)
    {
        await using var reload = new NpgsqlCommand("select pg_reload_conf()", superuser);
        await reload.ExecuteScalarAsync(cancellationToken);
    }

    public static Task SetSuperuserPasswordAsync(NpgsqlConnection superuser, string password, CancellationToken cancellationToken) =>
        ExecuteAsync(superuser, $"alter role current_user password '{password}'", cancellationToken);

    /// <summary>Creates the application role, or puts it back as it should be (its password, no extra powers).</summary>
    public static async Task EnsureOwnerRoleAsync(NpgsqlConnection superuser, string password, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("select 1 from pg_roles where rolname = $1", superuser);
        exists.Parameters.AddWithValue(LocalPostgres.Owner);
        var verb = await exists.ExecuteScalarAsync(cancellationToken) is null ? "create" : "alter";
        await ExecuteAsync(
            superuser,
            $"{verb} role {LocalPostgres.Owner} with login nosuperuser nocreaterole nocreatedb noreplication nobypassrls password '{password}'",
            cancellationToken);
    }

    /// <summary>
    /// Gives the application role what a superuser made in a database before the role existed
    /// (a cluster from before passwords): its schemas, tables, sequences, views, routines and types.
    /// Sequences and types that belong to a table follow the table.
    /// </summary>
    public static Task HandOverAsync(NpgsqlConnection superuserInDatabase, CancellationToken cancellationToken) =>
        ExecuteAsync(superuserInDatabase, $$"""
            do $$
            declare
              item record;
            begin
              for item in select n.nspname from pg_namespace n
                  where n.nspowner = 'postgres'::regrole and n.nspname not like 'pg\_%' and n.nspname <> 'information_schema' loop
                execute format('alter schema %I owner to {{LocalPostgres.Owner}}', item.nspname);
              end loop;
              for item in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                    and n.nspname not like 'pg\_%' and n.nspname <> 'information_schema'
                    and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                    and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')) loop
                execute format('alter table %s owner to {{LocalPostgres.Owner}}', item.name);
              end loop;
              for item in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                  where p.proowner = 'postgres'::regrole and n.nspname not like 'pg\_%' and n.nspname <> 'information_schema' loop
                execute format('alter routine %s owner to {{LocalPostgres.Owner}}', item.name);
              end loop;
              for item in select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
                  where t.typowner = 'postgres'::regrole and n.nspname not like 'pg\_%' and n.nspname <> 'information_schema'
                    and (t.typtype in ('e', 'd', 'r')
                         or (t.typtype = 'c' and exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))) loop
                execute format('alter type %s owner to {{LocalPostgres.Owner}}', item.name);
              end loop;
            end
            $$
            """, cancellationToken);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
