using PharmaTrace.Api.Pharmacy.Verification;
using PharmaTrace.Api.Security;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>What the verification tests share: one <see cref="PharmacyLedger"/> per fixture and callers in two countries.</summary>
public abstract class PharmacyLedgerTestBase
{
    protected static readonly ParticipantIdentity PharmacyFr = new(Address.Parse("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc"), PharmaLedger.Role.Pharmacy, "FR", "Pharmacie du Port");
    protected static readonly ParticipantIdentity RegulatorFr = new(Address.Parse("0x976ea74026e726554db657fa54763abd0c3a0aa9"), PharmaLedger.Role.Regulator, "FR", "ANSM");
    protected static readonly string[] OnlyGermany = ["DE"];

    protected PharmacyLedger Ledger { get; private set; } = null!;

    /// <summary>The ledger's pharmacy, admitted in DE.</summary>
    protected ParticipantIdentity PharmacyDe => new(Ledger.Pharmacy.Address, PharmaLedger.Role.Pharmacy, "DE", "Apotheke am Markt");

    protected static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [OneTimeSetUp]
    public async Task StartLedgerAsync() => Ledger = await PharmacyLedger.StartAsync(CancellationToken.None);

    [OneTimeTearDown]
    public async Task StopLedgerAsync() => await Ledger.DisposeAsync();

    /// <summary>Waits until the pack index has every block mined so far, then verifies as <paramref name="caller"/> (the DE pharmacy by default).</summary>
    protected async Task<PackVerifyResponse> VerifyAsync(string code, ParticipantIdentity? caller = null, TimeProvider? clock = null)
    {
        await Ledger.SyncAsync(Token);
        return Ledger.Verifier(clock).Verify(Gs1Parser.Parse(code), caller ?? PharmacyDe);
    }
}
