using System.Diagnostics;
using System.Net;
using System.Text;

namespace PharmaTrace.Ledger.DevChain;

/// <summary>
/// Waits on the condition "a node process just started answers <c>eth_chainId</c>", polling, and gives up
/// at once when the process exits. Shared by the API's embedded dev chain and the tests' Anvil and Hardhat nodes.
/// </summary>
public static class NodeStartProbe
{
    private const string ChainIdRequest = """{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}""";

    /// <summary>True once <paramref name="url"/> answers; false when <paramref name="process"/> exits first or <paramref name="timeout"/> passes.</summary>
    public static async Task<bool> WaitUntilAnsweringAsync(Uri url, Process process, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                return false;
            }
            try
            {
                using var content = new StringContent(ChainIdRequest, Encoding.UTF8, "application/json");
                using var response = await probe.PostAsync(url, content, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The probe timed out; try again.
            }
            await Task.Delay(20, cancellationToken);
        }
        return false;
    }
}
