using System.Text.Json;
using PharmaTrace.Api.Chain;
using PharmaTrace.Api.Endpoints;
using PharmaTrace.Api.Hosting;
using PharmaTrace.Api.Security;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Demo;

/// <summary>
/// Development only: a demo consortium on first start. Each founding country gets customs; a
/// manufacturer, a wholesaler and a pharmacy sit in different countries. Everyone's credentials go
/// to <c>$DATA/demo-credentials.json</c>. Each admitted participant is recorded as it completes, so a
/// restart (even one that interrupted the seed) admits nobody twice.
/// </summary>
internal sealed class DemoSeeder(ApiSettings settings, ConsortiumFounding founding, ParticipantAdmission admission, ApiKeyStore apiKeys, ILogger<DemoSeeder> logger)
{
    public string CredentialsPath => Path.Combine(settings.DataDirectory, "demo-credentials.json");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var founders = await founding.ReadFoundersAsync(cancellationToken);
        if (founders.Count < 2)
        {
            Log.NoDemo(logger, founding.FoundersPath);
            return;
        }
        var progressPath = Path.Combine(settings.DataDirectory, "secrets", "demo-progress.json");
        var done = File.Exists(progressPath)
            ? JsonSerializer.Deserialize<List<Credential>>(await File.ReadAllTextAsync(progressPath, cancellationToken), ConsortiumFounding.Json) ?? []
            : [];
        var plan = new List<(Credential Regulator, PharmaLedger.Role Role, string Name)>();
        foreach (var regulator in founders)
        {
            plan.Add((regulator, PharmaLedger.Role.Customs, $"Customs {regulator.Country}"));
        }
        plan.Add((founders[0], PharmaLedger.Role.Manufacturer, $"Demo Pharma {founders[0].Country}"));
        plan.Add((founders[1 % founders.Count], PharmaLedger.Role.Wholesaler, $"Demo Wholesale {founders[1 % founders.Count].Country}"));
        plan.Add((founders[2 % founders.Count], PharmaLedger.Role.Pharmacy, $"Demo Pharmacy {founders[2 % founders.Count].Country}"));
        for (var i = 0; i < plan.Count; i++)
        {
            var (regulator, role, name) = plan[i];
            if (done.Any(d => d.Name == name))
            {
                continue;
            }
            var identity = apiKeys.Find(regulator.ApiKey) ?? throw new InvalidOperationException($"The founder {regulator.Name} has no API key.");
            var gln = GlnNumbers.Make(500000000000UL + ((ulong)i * 1000) + (ulong)Random.Shared.Next(1, 999));
            var created = await admission.AdmitAsync(identity, role, name, gln, null, cancellationToken);
            done.Add(new Credential(name, created.Role, created.Country, created.Gln, created.Address, created.ApiKey!));
            await File.WriteAllTextAsync(progressPath, JsonSerializer.Serialize(done, ConsortiumFounding.Json), cancellationToken);
        }
        await File.WriteAllTextAsync(CredentialsPath, JsonSerializer.Serialize(founders.Concat(done).ToList(), ConsortiumFounding.Json), cancellationToken);
        Log.DemoReady(logger, CredentialsPath);
    }
}
