using System.Text.Json;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Deployment;

/// <summary>
/// A compiled contract as Hardhat writes it (<c>artifacts/contracts/X.sol/X.json</c>): the name, the
/// ABI and the creation bytecode. Deployment data is the bytecode followed by the ABI-encoded
/// constructor arguments (Contract ABI Specification, "Contract creation").
/// </summary>
public sealed class HardhatArtifact
{
    private readonly byte[] _bytecode;

    private HardhatArtifact(string contractName, ContractAbi abi, byte[] bytecode)
    {
        ContractName = contractName;
        Abi = abi;
        _bytecode = bytecode;
    }

    /// <summary>The contract's name.</summary>
    public string ContractName { get; }

    /// <summary>The parsed ABI, constructor included.</summary>
    public ContractAbi Abi { get; }

    /// <summary>The creation (init) bytecode.</summary>
    public ReadOnlyMemory<byte> Bytecode => _bytecode;

    /// <summary>Reads an artifact file.</summary>
    /// <exception cref="FileNotFoundException">The file is missing: the contracts were not built.</exception>
    /// <exception cref="FormatException">The file has no ABI or no bytecode (an interface or abstract contract).</exception>
    public static async Task<HardhatArtifact> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The contract artifact {path} is missing; build the contracts first (`npx hardhat build` at the repository root).", path);
        }
        await using var stream = File.OpenRead(path);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return Parse(document.RootElement, path);
    }

    /// <summary>Reads an artifact from its JSON; <paramref name="source"/> names it in errors.</summary>
    public static HardhatArtifact Parse(JsonElement root, string source)
    {
        if (!root.TryGetProperty("abi", out var abi) || !root.TryGetProperty("bytecode", out var bytecode) || bytecode.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"{source} is not a Hardhat artifact: it needs \"abi\" and \"bytecode\".");
        }
        var code = Hex.Decode(bytecode.GetString());
        if (code.Length == 0)
        {
            throw new FormatException($"{source} has empty bytecode: an interface or abstract contract cannot be deployed.");
        }
        var name = root.TryGetProperty("contractName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : Path.GetFileNameWithoutExtension(source);
        return new HardhatArtifact(name, AbiJsonParser.Parse(abi), code);
    }

    /// <summary>The creation transaction's data: bytecode then the constructor arguments, encoded by the ABI's constructor inputs.</summary>
    /// <exception cref="ArgumentException">The argument count differs from the constructor's.</exception>
    public byte[] EncodeDeployment(IReadOnlyList<object> constructorArguments)
    {
        ArgumentNullException.ThrowIfNull(constructorArguments);
        var inputs = Abi.ConstructorInputs;
        if (inputs.Count != constructorArguments.Count)
        {
            throw new ArgumentException($"{ContractName}'s constructor takes {inputs.Count} argument(s), not {constructorArguments.Count}.", nameof(constructorArguments));
        }
        return [.. _bytecode, .. AbiEncoder.Encode([.. inputs.Select(p => p.Type)], constructorArguments)];
    }
}
