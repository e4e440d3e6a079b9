using System.Security.Cryptography;
using System.Text.Json;

namespace Training.Host.Database;

/// <summary>
/// The generated passwords of a local cluster: its superuser's (only the starter uses it) and the
/// application role's. Kept beside the cluster's own folder in a file only the host's user may read
/// (mode 600): when the host runs as root the server runs as <c>postgres</c>, which never needs them.
/// </summary>
internal sealed record PostgresSecrets(string Superuser, string Owner)
{
    public const string FileName = "postgres.secret";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static PostgresSecrets New() => new(Generate(), Generate());

    /// <summary>The secrets kept in <paramref name="path"/>, or null for a cluster made before they existed.</summary>
    public static PostgresSecrets? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) != OwnerOnly)
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }

        return JsonSerializer.Deserialize<PostgresSecrets>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"{path} holds no passwords.");
    }

    /// <summary>Writes the file whole or not at all (a new file renamed over the old one), owner-only from its first byte.</summary>
    public PostgresSecrets Save(string path)
    {
        var written = path + ".new";
        WriteOwnerOnly(written, JsonSerializer.Serialize(this));
        File.Move(written, path, overwrite: true);
        return this;
    }

    /// <summary>Writes a file that only the current user may read, created with that mode (never readable by others, even briefly).</summary>
    public static void WriteOwnerOnly(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        // No byte-order mark: initdb reads a password file's first line as it is.
        using (var writer = new StreamWriter(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
        {
            writer.Write(text);
        }

        // An existing file keeps its mode on create: make sure of it.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }

    // Hex only: the password goes into CREATE ROLE ... PASSWORD, which takes no parameters.
    private static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
