using System.Collections.Generic;
using System.Linq;
using PharmaTrace.Ledger.Generators.Json;
using PharmaTrace.Ledger.Generators.Model;

namespace PharmaTrace.Ledger.Generators;

/// <summary>Reads a Hardhat 3 artifact (<c>artifacts/contracts/&lt;File&gt;.sol/&lt;Name&gt;.json</c>).</summary>
internal static class ArtifactReader
{
    /// <summary>Reads an artifact; <see langword="null"/> when the JSON is not a contract artifact (no <c>abi</c>).</summary>
    public static ContractArtifact? Read(string json)
    {
        if (JsonReader.Parse(json) is not Dictionary<string, object?> root
            || !root.TryGetValue("abi", out var abiValue) || abiValue is not List<object?> abi
            || Text(root, "contractName") is not { Length: > 0 } name)
        {
            return null;
        }
        var linked = (root.TryGetValue("linkReferences", out var links) && links is Dictionary<string, object?> { Count: > 0 })
            || (root.TryGetValue("deployedLinkReferences", out var deployedLinks) && deployedLinks is Dictionary<string, object?> { Count: > 0 });
        var entries = abi.OfType<Dictionary<string, object?>>().Select(ReadEntry).ToList();
        return new ContractArtifact(name, Text(root, "sourceName") ?? "", Text(root, "buildInfoId") ?? "",
            JsonWriter.Write(abi), Text(root, "bytecode") ?? "0x", Text(root, "deployedBytecode") ?? "0x", linked, entries);
    }

    private static AbiEntry ReadEntry(Dictionary<string, object?> entry) => new(
        Text(entry, "type") ?? "function",
        Text(entry, "name") ?? "",
        Text(entry, "stateMutability") ?? "nonpayable",
        entry.TryGetValue("anonymous", out var anonymous) && anonymous is true,
        Params(entry, "inputs"),
        Params(entry, "outputs"));

    private static List<AbiParam> Params(Dictionary<string, object?> owner, string key) =>
        owner.TryGetValue(key, out var value) && value is List<object?> list
            ? list.OfType<Dictionary<string, object?>>().Select(p => new AbiParam(
                Text(p, "name") ?? "",
                Text(p, "type") ?? "",
                Text(p, "internalType"),
                p.TryGetValue("indexed", out var indexed) && indexed is true,
                Params(p, "components"))).ToList()
            : new List<AbiParam>();

    private static string? Text(Dictionary<string, object?> owner, string key) =>
        owner.TryGetValue(key, out var value) ? value as string : null;
}
