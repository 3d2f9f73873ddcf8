using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PharmaTrace.Ledger.Tests.Peer;

/// <summary>
/// Runs tests/peer/abi-peer.mjs once with Node.js and the repository's ethers v6, and returns its
/// results. A missing <c>node</c> or ethers fails the calling test with a message saying so: a
/// cross-check that silently skipped would pass without checking anything.
/// </summary>
public static class EthersPeer
{
    public static async Task<JsonArray> RunAsync(JsonObject input, CancellationToken cancellationToken)
    {
        var root = FindRepositoryRoot();
        var node = RequireNode(Environment.GetEnvironmentVariable("PATH"));
        if (!Directory.Exists(Path.Combine(root, "node_modules", "ethers")))
        {
            throw new AssertionException($"ethers is not installed in {root}/node_modules: run `npm ci` at the repository root.");
        }
        var inputPath = Path.Combine(Path.GetTempPath(), $"abi-peer-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(inputPath, input.ToJsonString(), cancellationToken);
            var start = new ProcessStartInfo(node)
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine("tests", "peer", "abi-peer.mjs"));
            start.ArgumentList.Add(inputPath);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (process.ExitCode != 0)
            {
                throw new AssertionException($"abi-peer.mjs exited with {process.ExitCode}: {await errors}");
            }
            var document = JsonNode.Parse(await output) ?? throw new AssertionException("abi-peer.mjs printed nothing.");
            return document["results"]!.AsArray();
        }
        finally
        {
            File.Delete(inputPath);
        }
    }

    /// <summary>The directory holding PharmaTrace.sln, found by walking up from the test binaries.</summary>
    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PharmaTrace.sln")))
            {
                return directory.FullName;
            }
        }
        throw new AssertionException($"No PharmaTrace.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The path of <c>node</c> in <paramref name="pathVariable"/>; fails the test when there is none.</summary>
    public static string RequireNode(string? pathVariable) =>
        FindOnPath("node", pathVariable ?? "")
        ?? throw new AssertionException(
            "`node` is not on PATH, so the ethers cross-check cannot run. Install Node.js 18 or later "
            + "(apt-get install nodejs) and run `npm ci` at the repository root.");

    private static string? FindOnPath(string program, string pathVariable)
    {
        var names = OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".cmd" } : new[] { program };
        foreach (var directory in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>Serializes a node the way <see cref="Abi.AbiValueJson"/> does, so both sides compare as text.</summary>
    public static string Format(JsonNode? node) => node?.ToJsonString() ?? "null";
}
