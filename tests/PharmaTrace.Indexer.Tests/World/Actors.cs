using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Indexer.Tests.World;

/// <summary>
/// The participants of the supply-chain scenario: DE (founder) and FR (voted in), a manufacturer,
/// wholesalers on both sides of the border, FR customs and a DE pharmacy.
/// </summary>
public sealed class Actors
{
    private static ulong _nextGln = 400000000001;

    public required TransactionSender RegulatorDe { get; init; }
    public required TransactionSender RegulatorFr { get; init; }
    public required TransactionSender Manufacturer { get; init; }
    public required TransactionSender Wholesaler { get; init; }
    public required TransactionSender WholesalerFr { get; init; }
    public required TransactionSender CustomsFr { get; init; }
    public required TransactionSender Pharmacy { get; init; }

    public static readonly byte[] France = "FR"u8.ToArray();

    /// <summary>Creates the accounts, votes FR in and admits everyone.</summary>
    public static async Task<Actors> AdmitAsync(LedgerWorld world, CancellationToken cancellationToken)
    {
        var regulatorFr = await world.NewAccountAsync(cancellationToken);
        // One founder: the proposer's own vote is a majority, so FR joins at once.
        await world.SendAsync(world.Regulator, PharmaLedger.EncodeProposeCountry(France, regulatorFr.Address, Gln(), "ANSM"), cancellationToken);
        var actors = new Actors
        {
            RegulatorDe = world.Regulator,
            RegulatorFr = regulatorFr,
            Manufacturer = await world.NewAccountAsync(cancellationToken),
            Wholesaler = await world.NewAccountAsync(cancellationToken),
            WholesalerFr = await world.NewAccountAsync(cancellationToken),
            CustomsFr = await world.NewAccountAsync(cancellationToken),
            Pharmacy = await world.NewAccountAsync(cancellationToken),
        };
        await AdmitAsync(world, world.Regulator, actors.Manufacturer.Address, PharmaLedger.Role.Manufacturer, "Pharma Werke GmbH", cancellationToken);
        await AdmitAsync(world, world.Regulator, actors.Wholesaler.Address, PharmaLedger.Role.Wholesaler, "Grosshandel AG", cancellationToken);
        await AdmitAsync(world, world.Regulator, actors.Pharmacy.Address, PharmaLedger.Role.Pharmacy, "Apotheke am Markt", cancellationToken);
        await AdmitAsync(world, regulatorFr, actors.WholesalerFr.Address, PharmaLedger.Role.Wholesaler, "Grossiste SA", cancellationToken);
        await AdmitAsync(world, regulatorFr, actors.CustomsFr.Address, PharmaLedger.Role.Customs, "Douane Strasbourg", cancellationToken);
        return actors;
    }

    public static Task<TransactionResult> AdmitAsync(LedgerWorld world, TransactionSender regulator, Address account, PharmaLedger.Role role, string name, CancellationToken cancellationToken) =>
        world.SendAsync(regulator, PharmaLedger.EncodeAdmitParticipant(account, role, Gln(), name), cancellationToken);

    /// <summary>A GLN no other test of this process used (the ledger refuses a GLN twice).</summary>
    public static ulong Gln() => LedgerFixture.Gs1Key(Interlocked.Increment(ref _nextGln), 13);
}
