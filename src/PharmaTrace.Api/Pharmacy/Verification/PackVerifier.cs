using System.Globalization;
using System.Text;
using PharmaTrace.Api.Pharmacy.Gs1;
using PharmaTrace.Api.Pharmacy.Index;
using PharmaTrace.Api.Security;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>
/// Decides what a scanned pack is, from the <see cref="PackIndex"/> alone (no chain call on the hot path).
/// Order of the checks: product known, serial known for that product, lot and expiry as registered, batch
/// consistent; then the pack's own state, and beside it the batch's recalls, quarantines and expiry.
/// </summary>
public sealed class PackVerifier(PackIndex index, TimeProvider clock)
{
    /// <summary>Verifies a pack; <paramref name="data"/> must carry AIs (01) and (21).</summary>
    public PackVerifyResponse Verify(Gs1ElementString data, ParticipantIdentity caller)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(caller);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var scanned = Gs1ParseEndpoint.Describe(data, today);
        var gtin = ulong.Parse(data.Gtin!.Value, CultureInfo.InvariantCulture);
        var serialHash = Hash32.Keccak(Encoding.UTF8.GetBytes(data.SerialNumber!));
        return index.Read(view => Decide(view, scanned, gtin, serialHash, caller, now, today));
    }

    private static PackVerifyResponse Decide(
        PackIndexView view, Gs1Identifiers scanned, ulong gtin, Hash32 serialHash, ParticipantIdentity caller, DateTimeOffset now, DateOnly today)
    {
        if (view.FindSerial(gtin, serialHash, scanned.Lot) is not var (batch, packIndex))
        {
            return Unknown(view.HasProduct(gtin) ? PackStates.UnknownSerial : PackStates.UnknownProduct, scanned, now, view.AsOfBlock);
        }

        var registration = batch.Registration;
        var mismatch = CompareLotAndExpiry(scanned, registration);
        var expired = Gs1Date.LastDay(registration.Expiry) < today;
        var recall = new RecallSummary(batch.RecalledEverywhere is not null, [.. batch.RecalledIn.Keys.Order(StringComparer.Ordinal)]);
        var quarantined = batch.QuarantinedIn.Keys.Order(StringComparer.Ordinal).ToList();
        var packEvent = batch.PackEvents.GetValueOrDefault(packIndex);
        var decommission = packEvent is { Kind: PackEventKind.Decommissioned, Reason: { } reason }
            ? Disclose(view, packEvent, reason, caller)
            : null;

        var state = mismatch is not null ? PackStates.Mismatch
            : !batch.Consistent ? PackStates.BatchInconsistent
            : decommission is not null ? decommission.Reason
            : PackStates.Active;
        var recalledHere = recall.Everywhere || batch.RecalledIn.ContainsKey(caller.Country);
        var quarantinedHere = batch.QuarantinedIn.ContainsKey(caller.Country);
        var dispensable = state == PackStates.Active && !expired && !recalledHere && !quarantinedHere && batch.Tree is not null;
        var dscsa = Dscsa(state, mismatch, recalledHere, quarantinedHere, expired, now);

        return new PackVerifyResponse(
            state, dispensable, dscsa, scanned, Summarise(view, batch), decommission, recall, quarantined, expired, mismatch,
            Holders(view, batch), [.. batch.CountriesCrossed], Proof(view, batch, packIndex, serialHash), view.AsOfBlock);
    }

    private static PackVerifyResponse Unknown(string state, Gs1Identifiers scanned, DateTimeOffset now, ulong block) =>
        new(state, false, new DscsaVerification(false, DscsaCodes.NoMatchGtinSerial, null, now), scanned, null, null,
            new RecallSummary(false, []), [], false, null, [], [], null, block);

    private static MismatchSummary? CompareLotAndExpiry(Gs1Identifiers scanned, BatchRegistration registration)
    {
        var lot = scanned.Lot is not null && !string.Equals(scanned.Lot, registration.Lot, StringComparison.Ordinal);
        // The century of a scanned YYMMDD is a guess (§7.12): compare the six digits the barcode carries.
        var expiry = scanned.Expiry is not null && !string.Equals(scanned.Expiry[2..], registration.Expiry[2..], StringComparison.Ordinal);
        return lot || expiry ? new MismatchSummary(lot, expiry, scanned.Lot, scanned.Expiry) : null;
    }

    // GS1 Lightweight Messaging Standard for Verification of Product Identifiers: a product identifier
    // that matches is verified, with additionalInfo for what the responder knows about the product.
    // Recalls and quarantines count where they bind the caller (everywhere, or the caller's country),
    // as dispensable does: "recalled in DE" is not "recalled everywhere" (the full list is in recall).
    private static DscsaVerification Dscsa(
        string state, MismatchSummary? mismatch, bool recalledHere, bool quarantinedHere, bool expired, DateTimeOffset now)
    {
        if (mismatch is not null)
        {
            var reason = mismatch is { Lot: true, Expiry: true } ? DscsaCodes.NoMatchGtinSerialLotExpiry
                : mismatch.Lot ? DscsaCodes.NoMatchGtinSerialLot
                : DscsaCodes.NoMatchGtinSerialExpiry;
            return new DscsaVerification(false, reason, DscsaCodes.Suspect, now);
        }

        if (state == PackStates.BatchInconsistent)
        {
            return new DscsaVerification(false, DscsaCodes.NoReasonProvided, DscsaCodes.Suspect, now);
        }

        var info = state == LedgerValues.Reason(PharmaLedger.DecommissionReason.Stolen) ? DscsaCodes.Illegitimate
            : recalledHere ? DscsaCodes.Recalled
            : state != PackStates.Active || quarantinedHere ? DscsaCodes.Suspect
            : expired ? DscsaCodes.Expired
            : null;
        return new DscsaVerification(true, null, info, now);
    }

    // When and by whom a pack left the supply chain is commercial information: the party itself,
    // parties of its country and every regulator see it; others see only the reason.
    private static DecommissionSummary Disclose(
        PackIndexView view, PackEventEntry entry, PharmaLedger.DecommissionReason reason, ParticipantIdentity caller)
    {
        var actor = view.FindParticipant(entry.By);
        var disclosed = caller.Role == PharmaLedger.Role.Regulator || caller.Address == entry.By
            || (actor is not null && string.Equals(actor.Country, caller.Country, StringComparison.Ordinal));
        var name = LedgerValues.Reason(reason);
        return disclosed
            ? new DecommissionSummary(name, true, entry.By.ToChecksumString(), actor?.Name, actor?.Country, entry.Timestamp,
                entry.RecordId == 0 ? null : entry.RecordId.ToString(CultureInfo.InvariantCulture), entry.BlockNumber, entry.TransactionHash.ToString())
            : new DecommissionSummary(name, false, null, null, null, null, null, null, null);
    }

    private static BatchSummary Summarise(PackIndexView view, IndexedBatch batch)
    {
        var r = batch.Registration;
        return new BatchSummary(
            r.BatchId.ToString(), r.Gtin.ToString("D14", CultureInfo.InvariantCulture), r.Lot, r.Expiry, r.PackCount, batch.PublishedLeaves,
            r.Manufacturer.ToChecksumString(), view.FindParticipant(r.Manufacturer)?.Name, r.Country, r.BlockNumber, r.TransactionHash.ToString());
    }

    private static List<HolderSummary> Holders(PackIndexView view, IndexedBatch batch) =>
        [.. batch.Holdings.Where(h => h.Value > 0).Select(h =>
        {
            var participant = view.FindParticipant(h.Key);
            return new HolderSummary(h.Key.ToChecksumString(), participant?.Name, participant?.Country, h.Value);
        })];

    private static PackProofSummary? Proof(PackIndexView view, IndexedBatch batch, uint packIndex, Hash32 serialHash)
    {
        if (batch.Tree is not { } tree)
        {
            return null;
        }

        return new PackProofSummary(
            batch.Registration.BatchId.ToString(), packIndex, serialHash.ToString(), tree.LeafAt((int)packIndex).ToString(),
            [.. tree.Proof((int)packIndex).Select(p => p.ToString())], batch.Registration.Root.ToString(),
            view.Contract?.ToChecksumString(), view.ChainId, view.AsOfBlock);
    }
}
