using System.Diagnostics;
using System.Text;
using PharmaTrace.Api.Hosting;
using PharmaTrace.Ledger.DevChain;

namespace PharmaTrace.Api.Chain;

/// <summary>
/// The dev chain the host starts when no <c>PharmaTrace:Chain:RpcUrl</c> is configured: Anvil from
/// the repository's node_modules on 127.0.0.1, its state in <c>$DATA/chain/anvil-state.json</c>
/// (loaded on start, written every 10 s and on a clean stop), Prague rules, zero fees like the
/// consortium's permissioned network (so hosted keys need no funding). Mixed mining: a block per
/// arriving transaction, and one every second besides, because automine alone leaves transactions
/// that did not fit in the block of their arrival in the pool until another one arrives. Anvil runs under a small
/// shell watchdog that ends it when this process ends, even by SIGKILL: nothing is left running.
/// </summary>
public sealed class EmbeddedAnvil : IAsyncDisposable
{
    // The watchdog: forwards SIGTERM (so Anvil dumps its state) and polls for the host's death.
    private const string Watchdog = """
        "$@" & anvil=$!
        trap 'kill -TERM $anvil 2>/dev/null; wait $anvil; exit 0' TERM INT
        while kill -0 "$PHARMATRACE_HOST_PID" 2>/dev/null && kill -0 $anvil 2>/dev/null; do sleep 1 & wait $!; done
        kill -TERM $anvil 2>/dev/null; wait $anvil
        """;

    // Anvil rewrites its whole state file (every block and transaction: tens of MB once a large batch
    // is registered) at each interval; every second cost a large share of its CPU under load. A crash
    // loses at most this much, and the outbox resends what the chain lost (Writes/OutboxMonitor.cs);
    // a clean stop always writes the state.
    private const string StateInterval = "10";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private EmbeddedAnvil(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>The JSON-RPC URL.</summary>
    public Uri Url { get; }

    /// <summary>Starts Anvil and waits until it answers.</summary>
    public static async Task<EmbeddedAnvil> StartAsync(ApiSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var root = settings.RepositoryRoot ?? throw new InvalidOperationException(
            "No PharmaTrace:Chain:RpcUrl is configured and this host does not run from a PharmaTrace checkout, so there is no Anvil to start: configure a node.");
        var binary = DevChainFiles.AnvilPath(root);
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException($"Anvil is not installed at {binary}: run `npm ci` in {root} (the build does it when the contracts are built).");
        }
        var chainDirectory = Path.Combine(settings.DataDirectory, "chain");
        Directory.CreateDirectory(chainDirectory);
        var port = LoopbackPort.Free();
        // Anvil 1.x gives each start a fresh genesis block (current time) and keeps every one in its
        // state file, so after a reload block 0 can be any of them: a different genesis hash, and the
        // manifest and read model would rightly refuse the chain. A fixed genesis timestamp makes every
        // start's genesis identical; anvil_setTime below lets later blocks follow the wall clock.
        var genesisPath = Path.Combine(chainDirectory, "genesis-timestamp");
        if (!File.Exists(genesisPath))
        {
            await File.WriteAllTextAsync(genesisPath, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }
        var genesisTimestamp = (await File.ReadAllTextAsync(genesisPath, cancellationToken)).Trim();
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["PHARMATRACE_HOST_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var argument in (string[])["-c", Watchdog, "anvil-watchdog", binary, "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--hardfork", "prague", "--timestamp", genesisTimestamp, "--base-fee", "0", "--gas-price", "0", "--gas-limit", "60000000",
            "--state", Path.Combine(chainDirectory, "anvil-state.json"), "--state-interval", StateInterval, "--mixed-mining", "--block-time", "1", "--silent"])
        {
            info.ArgumentList.Add(argument);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {binary}.");
        var anvil = new EmbeddedAnvil(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => anvil.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => anvil.Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await anvil.WaitUntilAnsweringAsync(cancellationToken);
            await anvil.PostAsync($$"""{"jsonrpc":"2.0","id":2,"method":"anvil_setTime","params":[{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}]}""", cancellationToken);
        }
        catch
        {
            await anvil.DisposeAsync();
            throw;
        }
        Log.DevChainStarted(logger, anvil.Url, process.Id, chainDirectory);
        return anvil;
    }

    /// <summary>Stops Anvil with SIGTERM, so it writes its state, then waits; kills it if it does not end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
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

    private async Task PostAsync(string json, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(Url, content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        if (!await NodeStartProbe.WaitUntilAnsweringAsync(Url, _process, TimeSpan.FromSeconds(60), cancellationToken))
        {
            throw new InvalidOperationException(_process.HasExited
                ? $"Anvil exited with code {_process.ExitCode} before answering.\n{Captured()}"
                : $"Anvil did not answer on {Url} within 60 s.\n{Captured()}");
        }
    }

    private void Capture(string? line)
    {
        lock (_output)
        {
            if (line is not null && _output.Length < 16_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Captured()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
