using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using PharmaTrace.Ledger.DevChain;

namespace PharmaTrace.Testing;

/// <summary>
/// A real Anvil node on 127.0.0.1, started from the npm-installed binary on a free port. It can be
/// killed (SIGKILL) and restarted on the same port for fault tests, and is always stopped on
/// <see cref="Dispose"/>, and at process exit as a last resort. A missing binary fails the test
/// with instructions; it never skips. <see cref="StartHardhatAsync"/> starts the Hardhat node the
/// same way, for the tests that must hold on both nodes.
/// </summary>
public sealed class AnvilNode : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly string _binary;
    private readonly IReadOnlyList<string> _arguments;
    private readonly string? _workingDirectory;
    private readonly StringBuilder _output = new();
    private Process? _process;

    static AnvilNode()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Values)
            {
                TryKill(process);
            }
        };
    }

    private AnvilNode(string binary, int port, IReadOnlyList<string> arguments, string? workingDirectory)
    {
        _binary = binary;
        Port = port;
        Url = new Uri($"http://127.0.0.1:{port}/");
        _arguments = arguments;
        _workingDirectory = workingDirectory;
    }

    private AnvilNode(string binary, int port, AnvilNodeOptions options)
        : this(binary, port, AnvilArguments(port, options), null)
    {
    }

    private static List<string> AnvilArguments(int port, AnvilNodeOptions options)
    {
        var arguments = new List<string> { "--host", "127.0.0.1", "--port", port.ToString(), "--hardfork", options.Hardfork, "--silent" };
        if (options.StatePath is { } state)
        {
            arguments.AddRange(["--state", state]);
        }
        if (options.BlockTimeSeconds is { } seconds)
        {
            arguments.AddRange(["--block-time", seconds.ToString()]);
        }
        arguments.AddRange(options.ExtraArguments);
        return arguments;
    }

    /// <summary>The JSON-RPC URL.</summary>
    public Uri Url { get; }

    /// <summary>The TCP port, kept across <see cref="RestartAsync"/>.</summary>
    public int Port { get; }

    /// <summary>Whether the process is alive.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a node and waits until it answers <c>eth_chainId</c>.</summary>
    public static async Task<AnvilNode> StartAsync(AnvilNodeOptions? options, CancellationToken cancellationToken)
    {
        var binary = AnvilBinary.Find();
        var node = new AnvilNode(binary, LoopbackPort.Free(), options ?? new AnvilNodeOptions());
        try
        {
            await node.StartProcessAsync(cancellationToken);
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts the Hardhat node (Hardhat 3's EDR, chain id 31337, the same dev accounts as Anvil) with the
    /// npm-installed Node 24, and waits until it answers <c>eth_chainId</c>.
    /// </summary>
    public static async Task<AnvilNode> StartHardhatAsync(CancellationToken cancellationToken)
    {
        var root = AnvilBinary.FindRepositoryRoot();
        var nodeBinary = Path.Combine(root, "node_modules", "node", "bin", "node");
        var cli = Path.Combine(root, "node_modules", "hardhat", "dist", "src", "cli.js");
        if (!File.Exists(nodeBinary) || !File.Exists(cli))
        {
            throw new AssertionException($"Hardhat or the local Node 24 is not installed under {root}: run `npm ci` there; these tests do not skip.");
        }
        var port = LoopbackPort.Free();
        var node = new AnvilNode(nodeBinary, port, [cli, "node", "--hostname", "127.0.0.1", "--port", port.ToString()], root);
        try
        {
            await node.StartProcessAsync(cancellationToken);
            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    /// <summary>Kills the node with SIGKILL, as a crash would, and waits for the process to end.</summary>
    public void Kill()
    {
        if (_process is { } process)
        {
            TryKill(process);
            Running.TryRemove(process.Id, out _);
            process.Dispose();
            _process = null;
        }
    }

    /// <summary>Kills the node if it runs, then starts it again on the same port and waits until it answers.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        Kill();
        await StartProcessAsync(cancellationToken);
    }

    /// <summary>Stops the node. Safe to call more than once.</summary>
    public void Dispose() => Kill();

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(_binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_workingDirectory is not null)
        {
            startInfo.WorkingDirectory = _workingDirectory;
        }
        foreach (var argument in _arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        lock (_output)
        {
            _output.Clear();
        }
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        if (!process.Start())
        {
            throw new AssertionException($"Could not start {_binary}.");
        }
        _process = process;
        Running[process.Id] = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync(process, cancellationToken);
    }

    private async Task WaitUntilAnsweringAsync(Process process, CancellationToken cancellationToken)
    {
        if (!await NodeStartProbe.WaitUntilAnsweringAsync(Url, process, StartTimeout, cancellationToken))
        {
            throw new AssertionException(process.HasExited
                ? $"{Path.GetFileName(_binary)} exited with code {process.ExitCode} before answering on port {Port}.\n{CapturedOutput()}"
                : $"{Path.GetFileName(_binary)} did not answer eth_chainId on {Url} within {StartTimeout}.\n{CapturedOutput()}");
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            // Keep the tail only; --silent makes it short anyway.
            if (_output.Length > 16_000)
            {
                _output.Remove(0, 8_000);
            }
            _output.AppendLine(line);
        }
    }

    private string CapturedOutput()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static void TryKill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                // On Unix, Process.Kill sends SIGKILL.
                process.Kill(entireProcessTree: true);
            }
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
