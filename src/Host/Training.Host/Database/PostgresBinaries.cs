namespace Training.Host.Database;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) on this machine.</summary>
public static class PostgresBinaries
{
    public const string InstallHint =
        "PostgreSQL server programs (initdb, pg_ctl) were not found. Install them with `apt-get install postgresql` " +
        "(Debian/Ubuntu), or set ConnectionStrings:Training to an existing PostgreSQL server.";

    /// <summary>The configured folder, else the newest <c>/usr/lib/postgresql/*/bin</c>, else the PATH.</summary>
    public static string Find(string? configured)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            candidates.Add(configured);
        }
        else
        {
            if (Directory.Exists("/usr/lib/postgresql"))
            {
                candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                    .Select(d => Path.Combine(d, "bin")));
            }

            candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new PostgresNotInstalled(InstallHint);
    }
}

public sealed class PostgresNotInstalled(string message) : Exception(message);
