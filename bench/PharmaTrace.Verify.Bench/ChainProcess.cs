using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PharmaTrace.Verify.Bench;

/// <summary>
/// Anvil from npm (@foundry-rs/anvil) on loopback for the API host to use (PharmaTrace:Chain:RpcUrl), with
/// the embedded chain's settings (Prague, zero fees) except two: no --state file (the embedded chain dumps
/// its whole state every second, which stalls once it holds a million packs' leaves) and 1,000M gas blocks
/// (with 60M, automine fills a block with four of a 100,000-pack batch's five publishLeaves transactions
/// and leaves the fifth pending until some other transaction arrives).
/// </summary>
internal sealed class ChainProcess : IDisposable
{
    private readonly Process _process;

    private ChainProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ChainProcess> StartAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var binary = Path.Combine(repositoryRoot, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException("Anvil is missing: run npm ci at the repository root.", binary);
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var process = Process.Start(new ProcessStartInfo(binary,
            ["--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--hardfork", "prague",
             "--base-fee", "0", "--gas-price", "0", "--gas-limit", "1000000000", "--silent"])
        { RedirectStandardOutput = true, RedirectStandardError = true }) ?? throw new InvalidOperationException("anvil did not start.");
        var url = new Uri($"http://127.0.0.1:{port}");
        using var probe = new TcpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                break;
            }
            catch (SocketException) when (attempt < 100 && !process.HasExited)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        return new ChainProcess(process, url);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
