namespace PharmaTrace.Testing;

/// <summary>
/// Finds the Anvil binary that <c>npm ci</c> installs (@foundry-rs/anvil-linux-amd64) under the
/// repository root.
/// </summary>
public static class AnvilBinary
{
    /// <summary>The path of the binary, or a failed assertion that says how to install it.</summary>
    public static string Find()
    {
        var root = FindRepositoryRoot();
        var binary = Path.Combine(root, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");
        if (!File.Exists(binary))
        {
            throw new AssertionException(
                $"Anvil is not installed: {binary} does not exist. Run `npm ci` at {root}; these tests need a real node and do not skip.");
        }
        return binary;
    }

    /// <summary>The directory holding PharmaTrace.sln, found by walking up from the test binaries.</summary>
    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PharmaTrace.sln")))
            {
                return directory.FullName;
            }
        }
        throw new AssertionException($"No PharmaTrace.sln above {TestContext.CurrentContext.TestDirectory}.");
    }
}
