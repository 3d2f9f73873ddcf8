using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Tests.Hosting;

/// <summary>
/// A restart on a deployment whose contract is not this build's (a data directory of an earlier version) is
/// refused: the host does not start, and its critical log says why and what to do, as for a read model of
/// another chain. A restart on its own deployment starts as before.
/// </summary>
[TestFixture]
[CancelAfter(300_000)]
public sealed class DeploymentVersionTests
{
    [Test]
    public async Task A_restart_on_a_deployment_of_another_contract_version_is_refused_with_what_to_do(CancellationToken cancellationToken)
    {
        await using var host = await ApiHost.StartAsync(cancellationToken);
        await host.RestartHostAsync();
        using (var client = host.ClientFor(null))
        {
            await Eventually.ThatAsync(async () => (await client.GetJsonAsync("/health/ready", cancellationToken)).Status == 200,
                TimeSpan.FromSeconds(60), "a restart on the host's own deployment is ready", cancellationToken);
        }

        // The same address now runs other code: the contract of another build (its last metadata byte changed).
        var other = Hex.Decode(PharmaLedger.DeployedBytecodeHex);
        other[^1] ^= 0xFF;
        await host.Rpc.Rpc.SendAsync<object>("anvil_setCode", [host.Contract.ToString(), Hex.Encode(other)], cancellationToken);

        Assert.CatchAsync(host.RestartHostAsync, "the host refuses to start");
        var refusal = host.Logs.Entries.Where(e => e.StartsWith("Critical", StringComparison.Ordinal) && e.Contains("is not the one this build deploys", StringComparison.Ordinal)).ToList();
        Assert.That(refusal, Is.Not.Empty, string.Join("\n", host.Logs.Entries));
        Assert.That(refusal[0], Does.Contain(host.Contract.ToChecksumString()).And.Contain("Deploy this version's contract"), "which contract, and the remedy for a node of one's own");
    }
}
