using System.Diagnostics;
using System.Text.Json;

namespace PharmaTrace.Ledger.Tests.Transactions;

/// <summary>
/// Runs a peer script under Node.js once: input as a JSON file, output read back from a JSON file.
/// A missing <c>node</c> or <c>ethers</c> fails the test with a clear message; it never skips,
/// so a machine without the peer cannot pass the cross-check silently.
/// </summary>
internal static class NodePeer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<TResult> RunAsync<TInput, TResult>(string scriptPath, TInput input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var root = FindRepositoryRoot();
        var node = FindNode();
        if (!Directory.Exists(Path.Combine(root, "node_modules", "ethers")))
        {
            throw new AssertionException($"ethers is not installed under {root}/node_modules: run `npm ci` at the repository root.");
        }
        var inputPath = Path.GetTempFileName();
        var outputPath = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(inputPath, JsonSerializer.Serialize(input, Json), cancellationToken);
            var startInfo = new ProcessStartInfo(node)
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            startInfo.ArgumentList.Add(scriptPath);
            startInfo.ArgumentList.Add(inputPath);
            startInfo.ArgumentList.Add(outputPath);

            using var process = Process.Start(startInfo) ?? throw new AssertionException($"Could not start {node}.");
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
            var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new AssertionException($"node {scriptPath} did not finish within {timeout}.");
            }
            if (process.ExitCode != 0)
            {
                throw new AssertionException(
                    $"node {scriptPath} exited with {process.ExitCode}.\nstderr: {await stderr}\nstdout: {await stdout}");
            }
            var output = await File.ReadAllTextAsync(outputPath, cancellationToken);
            return JsonSerializer.Deserialize<TResult>(output, Json)
                ?? throw new AssertionException($"node {scriptPath} wrote no results.");
        }
        finally
        {
            // The input holds test keys; remove it even when the run fails.
            File.Delete(inputPath);
            File.Delete(outputPath);
        }
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

    private static string FindNode()
    {
        var name = OperatingSystem.IsWindows() ? "node.exe" : "node";
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new AssertionException(
            "`node` is not on PATH. The ethers peer cross-check needs Node.js (20 or later) and `npm ci` at the repository root; it fails rather than skips.");
    }
}
