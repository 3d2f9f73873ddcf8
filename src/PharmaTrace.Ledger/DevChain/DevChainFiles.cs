namespace PharmaTrace.Ledger.DevChain;

/// <summary>
/// Where the development toolchain lives in a checkout: the repository root (the directory holding
/// <c>PharmaTrace.sln</c>), the Anvil binary that <c>npm ci</c> installs, and the Hardhat artifacts.
/// Shared by the API's embedded dev chain and the tests' Anvil nodes.
/// </summary>
public static class DevChainFiles
{
    /// <summary>The repository root above <paramref name="start"/>, or <see langword="null"/> when there is none.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PharmaTrace.sln")))
            {
                return directory.FullName;
            }
        }
        return null;
    }

    /// <summary>The Anvil binary under <paramref name="repositoryRoot"/> (npm package @foundry-rs/anvil-linux-amd64).</summary>
    public static string AnvilPath(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");

    /// <summary>The PharmaLedger Hardhat artifact under <paramref name="repositoryRoot"/>.</summary>
    public static string PharmaLedgerArtifactPath(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "artifacts", "contracts", "PharmaLedger.sol", "PharmaLedger.json");
}
