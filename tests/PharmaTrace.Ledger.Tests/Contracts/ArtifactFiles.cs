using System.Text.Json.Nodes;

namespace PharmaTrace.Ledger.Tests.Contracts;

/// <summary>Reads the Hardhat artifacts the bindings were generated from, to check them independently.</summary>
internal static class ArtifactFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static JsonObject PharmaLedger => Read("contracts/PharmaLedger.sol/PharmaLedger.json");

    public static JsonObject Harness => Read("contracts/testing/StandardMerkleTree.sol/StandardMerkleTreeHarness.json");

    public static JsonObject Read(string relative) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot, "artifacts", relative)))!.AsObject();

    /// <summary>solc's own <c>evm.methodIdentifiers</c> for the contract, from the build info the artifact names.</summary>
    public static Dictionary<string, string> MethodIdentifiers(JsonObject artifact)
    {
        var id = (string)artifact["buildInfoId"]!;
        var output = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot, "artifacts", "build-info", id + ".output.json")))!;
        var contract = output["output"]!["contracts"]![(string)artifact["inputSourceName"]!]![(string)artifact["contractName"]!]!;
        return contract["evm"]!["methodIdentifiers"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
    }

    /// <summary>The ABI entries of one kind, in ABI order.</summary>
    public static List<JsonObject> Entries(JsonObject artifact, string kind) =>
        artifact["abi"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string)e["type"]! == kind).ToList();

    /// <summary>The canonical signature, tuples spelled out (Contract ABI Specification, "Function Selector").</summary>
    public static string Signature(JsonObject entry) =>
        $"{(string)entry["name"]!}({string.Join(',', entry["inputs"]!.AsArray().Select(p => CanonicalType(p!.AsObject())))})";

    public static string CanonicalType(JsonObject parameter)
    {
        var type = (string)parameter["type"]!;
        return type.StartsWith("tuple", StringComparison.Ordinal)
            ? $"({string.Join(',', parameter["components"]!.AsArray().Select(c => CanonicalType(c!.AsObject())))}){type["tuple".Length..]}"
            : type;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "hardhat.config.js")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("No hardhat.config.js above the test directory.");
    }
}
