using PharmaTrace.Ledger.DevChain;

namespace PharmaTrace.Testing;

/// <summary>
/// Finds the Anvil binary that <c>npm ci</c> installs (@foundry-rs/anvil-linux-amd64) under the
/// repository root (the same lookup as the API's embedded dev chain: <see cref="DevChainFiles"/>).
/// </summary>
public static class AnvilBinary
{
    /// <summary>The path of the binary, or a failed assertion that says how to install it.</summary>
    public static string Find()
    {
        var root = FindRepositoryRoot();
        var binary = DevChainFiles.AnvilPath(root);
        if (!File.Exists(binary))
        {
            throw new AssertionException(
                $"Anvil is not installed: {binary} does not exist. Run `npm ci` at {root}; these tests need a real node and do not skip.");
        }
        return binary;
    }

    /// <summary>The directory holding PharmaTrace.sln, found by walking up from the test binaries.</summary>
    public static string FindRepositoryRoot() =>
        DevChainFiles.FindRepositoryRoot(TestContext.CurrentContext.TestDirectory)
        ?? throw new AssertionException($"No PharmaTrace.sln above {TestContext.CurrentContext.TestDirectory}.");
}
