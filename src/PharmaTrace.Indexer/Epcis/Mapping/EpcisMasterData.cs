using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>
/// Participants and batches by ledger key. Both are written once and never change, so what is learnt (from the
/// events themselves or from the projection's tables) is kept for the life of the process, or until a rollback.
/// </summary>
public sealed class EpcisMasterData
{
    private readonly Dictionary<Address, EpcisParty> _parties = [];
    private readonly Dictionary<Hash32, EpcisBatch> _batches = [];

    public bool TryGetParty(Address address, out EpcisParty party) => _parties.TryGetValue(address, out party!);

    public bool TryGetBatch(Hash32 batchId, out EpcisBatch batch) => _batches.TryGetValue(batchId, out batch!);

    public void AddParty(Address address, EpcisParty party) => _parties[address] = party;

    public void AddBatch(Hash32 batchId, EpcisBatch batch) => _batches[batchId] = batch;

    /// <summary>Forgets everything (after a rollback): what is needed again is read back from the projection's tables.</summary>
    public void Clear()
    {
        _parties.Clear();
        _batches.Clear();
    }

    /// <summary>Learns from the events that create master data, so a range that admits and uses a party needs no lookup.</summary>
    public void Learn(object ledgerEvent)
    {
        switch (ledgerEvent)
        {
            case PharmaLedger.ParticipantAdmittedEvent e:
                AddParty(e.Account, new EpcisParty(Gln(e.Gln), Country(e.Country)));
                break;
            case PharmaLedger.CountryAdmittedEvent e:
                AddParty(e.Regulator, new EpcisParty(Gln(e.Gln), Country(e.Country)));
                break;
            case PharmaLedger.BatchRegisteredEvent e:
                AddBatch(e.BatchId, new EpcisBatch(Gtin(e.Gtin), e.Lot, Expiry(e.Expiry), Country(e.Country)));
                break;
        }
    }

    /// <summary>A <c>bytes2</c> ISO 3166-1 alpha-2 code; null for 0x0000 ("everywhere").</summary>
    public static string? CountryOrNull(byte[] code) => LedgerValues.Country(code);

    private static string Country(byte[] code) => LedgerValues.Country(code) ?? "";

    private static string Gln(ulong gln) => LedgerValues.Gln(gln);

    private static string Gtin(ulong gtin) => LedgerValues.Gtin(gtin);

    /// <summary>The contract's <c>uint32 yyyymmdd</c> expiry as ISO 8601 (EPCIS <c>cbvmda:itemExpirationDate</c> is xsd:date).</summary>
    /// <remarks>GS1 day 00 means the month's last day (GS1 General Specifications §3.4.7).</remarks>
    public static string Expiry(uint yyyymmdd)
    {
        int year = (int)(yyyymmdd / 10000), month = (int)(yyyymmdd / 100 % 100), day = (int)(yyyymmdd % 100);
        if (day == 0 && month is >= 1 and <= 12 && year >= 1)
        {
            day = DateTime.DaysInMonth(year, month);
        }

        return $"{year:D4}-{month:D2}-{day:D2}";
    }
}
