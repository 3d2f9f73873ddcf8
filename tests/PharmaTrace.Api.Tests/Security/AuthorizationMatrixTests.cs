using PharmaTrace.Api.Tests.Hosting;

namespace PharmaTrace.Api.Tests.Security;

/// <summary>
/// Each role against each write endpoint: the roles in the table pass the API's role check (the
/// ledger may still refuse the state: 409, never 403), every other role gets 403 before anything
/// is signed.
/// </summary>
[TestFixture]
[CancelAfter(300_000)]
public sealed class AuthorizationMatrixTests
{
    private static readonly string[] AllRoles = ["Regulator", "Manufacturer", "Wholesaler", "Customs", "Pharmacy"];

    private static readonly (string Endpoint, string[] Allowed)[] Table =
    [
        ("POST /api/v1/participants", ["Regulator"]),
        ("POST /api/v1/participants/{address}/suspend", ["Regulator"]),
        ("POST /api/v1/participants/{address}/reinstate", ["Regulator"]),
        ("POST /api/v1/countries", ["Regulator"]),
        ("POST /api/v1/countries/{code}/votes", ["Regulator"]),
        ("POST /api/v1/batches", ["Manufacturer"]),
        ("POST /api/v1/batches/{gtin}/{lot}/recall", ["Manufacturer", "Regulator"]),
        ("POST /api/v1/batches/{gtin}/{lot}/quarantine", ["Regulator"]),
        ("POST /api/v1/batches/{gtin}/{lot}/release", ["Regulator"]),
        ("POST /api/v1/shipments", ["Manufacturer", "Wholesaler", "Pharmacy"]),
        ("POST /api/v1/shipments/{id}/customs", ["Customs"]),
        ("POST /api/v1/shipments/{id}/receive", ["Manufacturer", "Wholesaler", "Pharmacy"]),
        ("POST /api/v1/shipments/{id}/reject", ["Manufacturer", "Wholesaler", "Pharmacy"]),
    ];

    private ApiHost _host = null!;

    public static IEnumerable<TestCaseData> Cases() =>
        from row in Table
        from role in AllRoles
        select new TestCaseData(row.Endpoint, role, row.Allowed.Contains(role))
            .SetName($"{row.Endpoint} by {role} is {(row.Allowed.Contains(role) ? "allowed" : "forbidden")}");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _host = await ApiHost.StartAsync(timeout.Token);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestCaseSource(nameof(Cases))]
    public async Task Only_the_intended_roles_pass_the_role_check(string endpoint, string role, bool allowed, CancellationToken cancellationToken)
    {
        using var client = _host.ClientFor(role, role is "Manufacturer" or "Wholesaler" or "Pharmacy" ? null : "DE");
        var path = endpoint[5..]
            .Replace("{address}", _host.Participant("Pharmacy").Address, StringComparison.Ordinal)
            .Replace("{code}", "ES", StringComparison.Ordinal)
            .Replace("{gtin}", Scenario.Gtin, StringComparison.Ordinal)
            .Replace("{lot}", "NOSUCHLOT", StringComparison.Ordinal)
            .Replace("{id}", "999999", StringComparison.Ordinal);
        // Valid bodies, so that the only possible refusals are the role check (403) or the ledger's state (409).
        object body = path switch
        {
            "/api/v1/participants" => new { role = "Wholesaler", name = "Matrix", gln = "4000000000006" },
            "/api/v1/countries" => new { code = "ES", regulator = "0x000000000000000000000000000000000000dEaD", gln = "4000000000006", name = "AEMPS" },
            "/api/v1/batches" => new { gtin = Scenario.Gtin, lot = Scenario.NewLot(), expiry = Scenario.Expiry, serials = new[] { "M1" } },
            "/api/v1/shipments" => new { gtin = Scenario.Gtin, lot = "NOSUCHLOT", quantity = 1, to = _host.Participant("Wholesaler").Address },
            _ when path.EndsWith("/customs", StringComparison.Ordinal) => new { decision = "release", reason = "matrix" },
            _ => new { reason = "matrix" },
        };
        var (status, response, _) = await client.PostJsonAsync(path, body, cancellationToken);
        if (allowed)
        {
            Assert.That(status, Is.AnyOf(201, 202, 409), Requests.Describe(response));
        }
        else
        {
            Assert.That(status, Is.EqualTo(403), Requests.Describe(response));
        }
    }
}
