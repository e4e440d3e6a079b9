using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using FluentAssertions;
using Training.Host.Database;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Database;

/// <summary>The real host as its own process, on a data folder of its own with no connection string.</summary>
[SupportedOSPlatform("linux")]
public sealed class KillingTheHost
{
    [Fact]
    public async Task A_host_killed_with_its_server_running_starts_again_on_one_server_with_its_data()
    {
        var folder = Directory.CreateTempSubdirectory("bekal-kill-").FullName;
        var dataDir = Path.Combine(folder, "postgres");
        try
        {
            var port = FreePort();
            using (var first = new HostProcess(folder, port))
            {
                var admin = await first.ReadyAdminAsync();
                (await admin.PostAsJsonAsync("/api/facilities", new { code = "KILL-1", name = "Rumah Belajar", timeZone = "Asia/Jakarta" }))
                    .StatusCode.Should().Be(HttpStatusCode.Created);
                first.Kill();
            }

            Postmasters(dataDir).Should().ContainSingle("the killed host leaves its server running");

            using (var second = new HostProcess(folder, port))
            {
                var admin = await second.ReadyAdminAsync();
                (await admin.GetStringAsync("/api/facilities")).Should().Contain("KILL-1");
                Postmasters(dataDir).Should().ContainSingle()
                    .Which.Should().Be(int.Parse(File.ReadLines(Path.Combine(dataDir, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture));
                await second.StopAsync();
            }

            Postmasters(dataDir).Should().BeEmpty("a host that stops stops its server");
        }
        finally
        {
            await LocalPostgres.StopLeftoverAsync(folder, null);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Process ids of the PostgreSQL servers (postmasters, not their backends) running on <paramref name="dataDir"/>.</summary>
    private static List<int> Postmasters(string dataDir) =>
        [.. Directory.GetDirectories("/proc")
            .Select(d => (Pid: int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0, Arguments: ReadArguments(d)))
            .Where(p => p.Pid > 0 && p.Arguments.Length > 2 && p.Arguments[0].EndsWith("/postgres", StringComparison.Ordinal) && p.Arguments.Contains(dataDir))
            .Select(p => p.Pid)];

    private static string[] ReadArguments(string processFolder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processFolder, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class HostProcess : IDisposable
    {
        private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly Uri _address;

        public HostProcess(string folder, int port)
        {
            _address = new Uri($"http://127.0.0.1:{port}");
            var start = new ProcessStartInfo("dotnet", [Path.Combine(HostOutput, "Training.Host.dll")])
            {
                WorkingDirectory = HostOutput,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ASPNETCORE_URLS"] = _address.ToString();
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["Data__Folder"] = folder;
            start.Environment["Demo__Seed"] = "false";
            start.Environment["Bootstrap__AdminUsername"] = BekalApp.AdminUsername;
            start.Environment["Bootstrap__AdminPassword"] = BekalApp.AdminPassword;
            start.Environment["Identity__InsecureCookies"] = "true";
            start.Environment["Identity__HashIterations"] = "10000";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment.Remove("ConnectionStrings__Training");
            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, e) => Keep(e.Data);
            _process.ErrorDataReceived += (_, e) => Keep(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>
        /// The host project's own build output, of the configuration and framework these tests were built
        /// for (the host finds its modules beside it; the tests' folder holds test assemblies too).
        /// </summary>
        private static string HostOutput
        {
            get
            {
                var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
                var solution = output;
                while (!File.Exists(Path.Combine(solution.FullName, "Training.sln")))
                {
                    solution = solution.Parent ?? throw new InvalidOperationException("Training.sln not found above the test output.");
                }

                return Path.Combine(solution.FullName, "src", "Host", "Training.Host", "bin", output.Parent!.Name, output.Name);
            }
        }

        /// <summary>Waits until the host is ready, then signs in its bootstrap admin.</summary>
        public async Task<HttpClient> ReadyAdminAsync()
        {
            var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(10) };
            var deadline = DateTime.UtcNow + StartLimit;
            while (!await IsReadyAsync(client))
            {
                _process.HasExited.Should().BeFalse($"the host must keep running; it said:\n{Said()}");
                DateTime.UtcNow.Should().BeBefore(deadline, $"the host must become ready; it said:\n{Said()}");
                await Task.Delay(200);
            }

            (await client.PostAsJsonAsync("/api/auth/sign-in", new { username = BekalApp.AdminUsername, password = BekalApp.AdminPassword }))
                .EnsureSuccessStatusCode();
            return client;
        }

        public void Kill()
        {
            _process.Kill();
            _process.WaitForExit();
        }

        /// <summary>Asks the host to stop (SIGTERM), as a service manager would.</summary>
        public async Task StopAsync()
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(45));
            await _process.WaitForExitAsync(limit.Token);
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
        }

        private static async Task<bool> IsReadyAsync(HttpClient client)
        {
            try
            {
                return (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }

        private void Keep(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }

        private string Said()
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }
}
