using System.Diagnostics;
using System.Net;
using System.Text.Json;
using PharmaTrace.Ledger.DevChain;

namespace PharmaTrace.Verify.Bench;

/// <summary>
/// The API host in its own process (dotnet PharmaTrace.Api.dll) on a loopback port, on the given chain,
/// with the demo consortium (Development) and its data directory. Stopped with SIGTERM (graceful).
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private static readonly string[] Configurations = ["Release", "Debug"];
    private readonly Process _process;

    private ApiProcess(Process process, Uri baseAddress, IReadOnlyList<Credential> credentials)
    {
        _process = process;
        BaseAddress = baseAddress;
        Credentials = credentials;
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<Credential> Credentials { get; }

    public static async Task<ApiProcess> StartAsync(string repositoryRoot, string dataDirectory, Uri rpcUrl, CancellationToken cancellationToken)
    {
        var dll = Configurations
            .Select(c => Path.Combine(repositoryRoot, "src", "PharmaTrace.Api", "bin", c, "net10.0", "PharmaTrace.Api.dll"))
            .Where(File.Exists).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new InvalidOperationException("Build the API first: dotnet build -c Release src/PharmaTrace.Api");
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PHARMATRACE_DATA"] = dataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["PharmaTrace__Chain__RpcUrl"] = rpcUrl.ToString();
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"  [api] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Console.WriteLine($"API host: {Path.GetRelativePath(repositoryRoot, dll)} on 127.0.0.1:{port}, data {dataDirectory}");

        var credentialsPath = Path.Combine(dataDirectory, "demo-credentials.json");
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient { BaseAddress = baseAddress };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API host exited with code {process.ExitCode}.");
            }

            if (File.Exists(credentialsPath) && await IsReadyAsync(http, cancellationToken))
            {
                break;
            }

            if (deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException("The API host was not ready within 3 minutes.");
            }

            await Task.Delay(200, cancellationToken);
        }

        var credentials = JsonSerializer.Deserialize<List<Credential>>(await File.ReadAllTextAsync(credentialsPath, cancellationToken), JsonSerializerOptions.Web)!;
        return new ApiProcess(process, baseAddress, credentials);
    }

    /// <summary>The host's resident memory (Linux /proc), in MB: the pack index's budget.</summary>
    public long ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public Credential Participant(string role) => Credentials.First(c => c.Role == role);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host shuts down gracefully and stops its embedded Anvil.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("/health/ready", cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}

/// <summary>A demo participant, as demo-credentials.json has it.</summary>
internal sealed record Credential(string Name, string Role, string Country, string Gln, string Address, string ApiKey);
