using System.Diagnostics;
using System.Text;
using PharmaTrace.Ledger.DevChain;

namespace PharmaTrace.Api.Tests.Embedded;

/// <summary>
/// The API host as its own process, the way <c>dotnet run --project src/PharmaTrace.Api</c> runs it
/// (embedded dev chain, no RpcUrl), on a free loopback port, with its own data directory.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Url { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ApiProcess Start(string dataDirectory, string environment, IReadOnlyDictionary<string, string>? extra = null)
    {
        var root = DevChainFiles.FindRepositoryRoot(TestContext.CurrentContext.TestDirectory) ?? throw new AssertionException("No repository root.");
        // The test binaries sit in bin/<Configuration>/net10.0: the API was built in the same configuration.
        var configuration = new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;
        var dll = Path.Combine(root, "src", "PharmaTrace.Api", "bin", configuration, "net10.0", "PharmaTrace.Api.dll");
        Assert.That(File.Exists(dll), Is.True, $"{dll} is not built");
        var port = LoopbackPort.Free();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.ArgumentList.Add(dll);
        info.Environment["PHARMATRACE_DATA"] = dataDirectory;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment.Remove("PharmaTrace__Chain__RpcUrl");
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        return new ApiProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>SIGTERM, as Ctrl-C or a service manager would stop it; waits for the exit.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync(cancellationToken);
        }
        await _process.WaitForExitAsync(cancellationToken);
    }

    /// <summary>SIGKILL: a crash, with no chance to clean up.</summary>
    public void Crash()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    /// <summary>Processes whose command line mentions <paramref name="text"/> (e.g. Anvil started with a state file under a data directory).</summary>
    public static IReadOnlyList<int> ProcessesMentioning(string text)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(text, StringComparison.Ordinal) && commandLine.Contains("anvil", StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return found;
    }

    private void Capture(string? line)
    {
        lock (_output)
        {
            if (line is not null && _output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }
}
