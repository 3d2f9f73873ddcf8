using System.Text.Json;
using System.Text.Json.Nodes;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Deployment;

/// <summary>
/// Where the contracts of one chain live, in the JSON shape the API host writes when it deploys (<c>$DATA/deployment.json</c>):
/// <c>{ chainId, genesisHash, contracts: { PharmaLedger: address }, deploymentBlock, deploymentTransaction }</c>.
/// The chain id and genesis hash bind it to one chain; <see cref="DeploymentVerifier"/> checks them.
/// </summary>
public sealed record DeploymentManifest
{
    /// <summary>The key of the ledger contract in <see cref="Contracts"/>.</summary>
    public const string PharmaLedger = "PharmaLedger";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The EIP-155 chain id.</summary>
    public required ulong ChainId { get; init; }

    /// <summary>The hash of block 0: tells apart two chains with the same id (two dev chains, a reset testnet).</summary>
    public required Hash32 GenesisHash { get; init; }

    /// <summary>Contract addresses by name.</summary>
    public required IReadOnlyDictionary<string, Address> Contracts { get; init; }

    /// <summary>The block of the deployment: where log readers start.</summary>
    public required ulong DeploymentBlock { get; init; }

    /// <summary>The deployment transaction.</summary>
    public required Hash32 DeploymentTransaction { get; init; }

    /// <summary>Reads a manifest file.</summary>
    /// <exception cref="FormatException">A field is missing or malformed.</exception>
    public static async Task<DeploymentManifest> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(text);
    }

    /// <summary>Parses manifest JSON.</summary>
    /// <exception cref="FormatException">A field is missing or malformed.</exception>
    public static DeploymentManifest Parse(string json)
    {
        try
        {
            var root = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("The manifest is JSON null.");
            var contracts = Require(root, "contracts").AsObject()
                .ToDictionary(p => p.Key, p => Address.Parse(p.Value?.GetValue<string>() ?? throw new FormatException($"Contract {p.Key} has no address.")));
            return new DeploymentManifest
            {
                ChainId = Require(root, "chainId").GetValue<ulong>(),
                GenesisHash = Hash32.Parse(Require(root, "genesisHash").GetValue<string>()),
                Contracts = contracts,
                DeploymentBlock = Require(root, "deploymentBlock").GetValue<ulong>(),
                DeploymentTransaction = Hash32.Parse(Require(root, "deploymentTransaction").GetValue<string>()),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new FormatException($"The deployment manifest is malformed: {e.Message}", e);
        }
    }

    /// <summary>Writes the manifest, replacing the file atomically so a crash never leaves half a manifest.</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, ToJson() + "\n", cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The JSON text, indented.</summary>
    public string ToJson()
    {
        var contracts = new JsonObject();
        foreach (var (name, address) in Contracts)
        {
            contracts[name] = address.ToChecksumString();
        }
        var root = new JsonObject
        {
            ["chainId"] = ChainId,
            ["genesisHash"] = GenesisHash.ToString(),
            ["contracts"] = contracts,
            ["deploymentBlock"] = DeploymentBlock,
            ["deploymentTransaction"] = DeploymentTransaction.ToString(),
        };
        return root.ToJsonString(Indented);
    }

    private static JsonNode Require(JsonObject root, string name) =>
        root[name] ?? throw new FormatException($"The deployment manifest has no \"{name}\".");
}
