using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Testing;

/// <summary>The PharmaLedger artifact and a one-country consortium (DE, regulator = dev account 0).</summary>
public static class LedgerFixture
{
    public static readonly byte[] Germany = "DE"u8.ToArray();
    public static readonly ulong RegulatorGln = Gs1Key(401234500000, 13);

    /// <summary>The artifact; a missing one fails the test with how to build it.</summary>
    public static Task<HardhatArtifact> LoadArtifactAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(RepositoryRoot(), "artifacts", "contracts", "PharmaLedger.sol", "PharmaLedger.json");
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing: run `PATH=node_modules/.bin:$PATH npx hardhat build` at the repository root.");
        }
        return HardhatArtifact.LoadAsync(path, cancellationToken);
    }

    public static async Task<DeploymentManifest> DeployAsync(EthereumRpcClient client, TransactionSender regulator, CancellationToken cancellationToken)
    {
        var artifact = await LoadArtifactAsync(cancellationToken);
        object[] founders = [new[] { Germany }, new[] { AnvilAccounts.Account0 }, new[] { RegulatorGln }, new[] { "BfArM" }];
        return await ContractDeployer.DeployAsync(client, regulator, artifact, founders, cancellationToken);
    }

    /// <summary>A GS1 key of <paramref name="digits"/> digits: the body and its mod-10 check digit (GS1 General Specifications 7.9.1).</summary>
    public static ulong Gs1Key(ulong body, int digits)
    {
        var sum = 0UL;
        var rest = body;
        for (var i = 1; i < digits; i++)
        {
            sum += rest % 10 * (i % 2 == 1 ? 3UL : 1UL);
            rest /= 10;
        }
        return (body * 10) + ((10 - (sum % 10)) % 10);
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "PharmaTrace.sln")))
            {
                return d.FullName;
            }
        }
        throw new AssertionException("No PharmaTrace.sln above the test directory.");
    }
}
