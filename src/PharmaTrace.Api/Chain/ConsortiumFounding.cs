using System.Text.Json;
using PharmaTrace.Api.Demo;
using PharmaTrace.Api.Hosting;
using PharmaTrace.Api.Security;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.DevChain;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Api.Chain;

/// <summary>
/// Deploys PharmaLedger when this host has no manifest: one generated, hosted regulator key per
/// founding country (the consortium has no admin key afterwards), the first founder deploying.
/// The founders' API keys are written once to <c>$DATA/secrets/founders.json</c> (mode 600): they
/// are how an operator starts admitting participants.
/// </summary>
internal sealed class ConsortiumFounding(ApiSettings settings, SigningKeyVault vault, ApiKeyStore apiKeys)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string FoundersPath => Path.Combine(settings.DataDirectory, "secrets", "founders.json");

    public async Task<DeploymentManifest> DeployAsync(EthereumRpcClient client, CancellationToken cancellationToken)
    {
        var root = settings.RepositoryRoot ?? throw new InvalidOperationException("No PharmaTrace checkout to read the contract artifact from.");
        var artifact = await HardhatArtifact.LoadAsync(DevChainFiles.PharmaLedgerArtifactPath(root), cancellationToken);
        var founders = new List<Credential>();
        var regulators = new List<Address>();
        var glns = new List<ulong>();
        for (var i = 0; i < settings.FoundingCountries.Count; i++)
        {
            var country = settings.FoundingCountries[i];
            var address = vault.Generate();
            var gln = GlnNumbers.Make(400000000000UL + ((ulong)i * 1000));
            var name = $"Regulator {country}";
            regulators.Add(address);
            glns.Add(gln);
            founders.Add(new Credential(name, nameof(PharmaLedger.Role.Regulator), country, gln.ToString("D13", System.Globalization.CultureInfo.InvariantCulture),
                address.ToChecksumString(), apiKeys.Issue(address, PharmaLedger.Role.Regulator, country, name)));
        }
        await using var sender = new TransactionSender(client, vault.Get(regulators[0]));
        object[] arguments =
        [
            settings.FoundingCountries.Select(c => System.Text.Encoding.ASCII.GetBytes(c)).ToArray(),
            regulators.ToArray(), glns.ToArray(), founders.Select(f => f.Name).ToArray(),
        ];
        var manifest = await ContractDeployer.DeployAsync(client, sender, artifact, arguments, cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(FoundersPath)!);
        await File.WriteAllTextAsync(FoundersPath, JsonSerializer.Serialize(founders, Json), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(FoundersPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return manifest;
    }

    public async Task<IReadOnlyList<Credential>> ReadFoundersAsync(CancellationToken cancellationToken) =>
        File.Exists(FoundersPath)
            ? JsonSerializer.Deserialize<List<Credential>>(await File.ReadAllTextAsync(FoundersPath, cancellationToken), Json) ?? []
            : [];
}
