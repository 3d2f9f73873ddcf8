using System.Data.Common;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Indexer.Projection.Domain;

/// <summary>
/// Projects every PharmaLedger event into the domain tables of <see cref="DomainSchema"/> and checks
/// each completed batch's Merkle root against its published leaves.
/// </summary>
public sealed class DomainProjection : ILedgerProjection
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Tables => DomainSchema.Tables;

    /// <inheritdoc/>
    public IEnumerable<string> Schema(SqlDialect dialect) => DomainSchema.Statements;

    /// <inheritdoc/>
    public IEnumerable<string> QueryIndexes(SqlDialect dialect) => DomainSchema.QueryIndexes;

    /// <inheritdoc/>
    public async Task ApplyAsync(DbTransaction transaction, SqlDialect dialect, IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(events);
        await using var writer = new DomainRangeWriter(transaction, dialect);
        foreach (var e in events)
        {
            var c = e.Context;
            switch (e.Event)
            {
                case PharmaLedger.CountryAdmittedEvent x:
                    writer.Country.Add(Proven(c, LedgerValues.Country(x.Country), LedgerValues.Address(x.Regulator), LedgerValues.Gln(x.Gln), x.Name));
                    break;
                case PharmaLedger.CountryProposedEvent x:
                    writer.CountryProposal.Add(Proven(c, LedgerValues.Country(x.Country), LedgerValues.Address(x.Regulator), LedgerValues.Gln(x.Gln), x.Name, LedgerValues.Address(x.Proposer), checked((long)x.Deadline)));
                    break;
                case PharmaLedger.CountryVoteCastEvent x:
                    writer.CountryVote.Add(Proven(c, LedgerValues.Country(x.Country), LedgerValues.Address(x.Voter), (long)x.Votes, (long)x.MembersAtVote));
                    break;
                case PharmaLedger.ParticipantAdmittedEvent x:
                    writer.Participant.Add(Proven(c, LedgerValues.Address(x.Account), LedgerValues.Country(x.Country), LedgerValues.Role(x.Role), LedgerValues.Gln(x.Gln), x.Name, LedgerValues.Address(x.AdmittedBy)));
                    break;
                case PharmaLedger.ParticipantSuspendedEvent x:
                    writer.ParticipantStatus.Add(Proven(c, LedgerValues.Address(x.Account), LedgerValues.Country(x.Country), "suspended", LedgerValues.Address(x.By), x.Reason));
                    break;
                case PharmaLedger.ParticipantReinstatedEvent x:
                    writer.ParticipantStatus.Add(Proven(c, LedgerValues.Address(x.Account), LedgerValues.Country(x.Country), "reinstated", LedgerValues.Address(x.By), x.Reason));
                    break;
                case PharmaLedger.BatchRegisteredEvent x:
                    writer.Batch.Add(Proven(c, x.BatchId.ToString(), LedgerValues.Gtin(x.Gtin), x.Lot, LedgerValues.Expiry(x.Expiry), (long)x.PackCount, x.MerkleRoot.ToString(), LedgerValues.Address(x.Manufacturer), LedgerValues.Country(x.Country)));
                    writer.Move(c, x.BatchId, LedgerValues.Address(x.Manufacturer), x.PackCount);
                    break;
                case PharmaLedger.BatchLeavesPublishedEvent x:
                    var batchId = x.BatchId.ToString();
                    for (var i = 0; i < x.SerialHashes.Length; i++)
                    {
                        writer.Leaf.Add(batchId, (long)x.FirstIndex + i, x.SerialHashes[i].ToString(), checked((long)c.BlockNumber), (long)c.LogIndex);
                    }
                    break;
                case PharmaLedger.BatchCompletedEvent x:
                    writer.Completion.Add(Proven(c, x.BatchId.ToString(), (long)x.PackCount));
                    await writer.CheckConsistencyAsync(c, x.BatchId, cancellationToken);
                    break;
                case PharmaLedger.BatchRecalledEvent x:
                    writer.BatchStatus.Add(Proven(c, x.BatchId.ToString(), LedgerValues.Country(x.Country), "recalled", LedgerValues.Address(x.By), x.Reason));
                    break;
                case PharmaLedger.BatchQuarantinedEvent x:
                    writer.BatchStatus.Add(Proven(c, x.BatchId.ToString(), LedgerValues.Country(x.Country), "quarantined", LedgerValues.Address(x.By), x.Reason));
                    break;
                case PharmaLedger.BatchQuarantineReleasedEvent x:
                    writer.BatchStatus.Add(Proven(c, x.BatchId.ToString(), LedgerValues.Country(x.Country), "released", LedgerValues.Address(x.By), x.Reason));
                    break;
                default:
                    await ApplyMovementAsync(writer, c, e.Event, cancellationToken);
                    break;
            }
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static async Task ApplyMovementAsync(DomainRangeWriter writer, LedgerEventContext c, object evt, CancellationToken cancellationToken)
    {
        switch (evt)
        {
            case PharmaLedger.ShipmentDispatchedEvent x:
                writer.Shipment.Add(Proven(c, LedgerValues.Counter(x.ShipmentId), x.BatchId.ToString(), "dispatched", LedgerValues.Address(x.From),
                    LedgerValues.Address(x.From), LedgerValues.Address(x.To), LedgerValues.Country(x.FromCountry), LedgerValues.Country(x.ToCountry), null,
                    (long)x.Quantity, LedgerValues.Sscc(x.Sscc), null));
                writer.Move(c, x.BatchId, LedgerValues.Address(x.From), -(long)x.Quantity);
                writer.Move(c, x.BatchId, DomainSchema.InTransit, (long)x.Quantity);
                break;
            case PharmaLedger.ShipmentCustomsDecidedEvent x:
                writer.Shipment.Add(Proven(c, LedgerValues.Counter(x.ShipmentId), x.BatchId.ToString(), LedgerValues.CustomsKind(x.Decision), LedgerValues.Address(x.Customs),
                    null, null, null, null, LedgerValues.Country(x.Country), (long)x.Quantity, null, x.Reason));
                if (x.Decision == PharmaLedger.CustomsDecision.Seize)
                {
                    writer.Move(c, x.BatchId, DomainSchema.InTransit, -(long)x.Quantity);
                    writer.Move(c, x.BatchId, DomainSchema.Seized, (long)x.Quantity);
                }
                break;
            case PharmaLedger.ShipmentReceivedEvent x:
                writer.Shipment.Add(Proven(c, LedgerValues.Counter(x.ShipmentId), x.BatchId.ToString(), "received", LedgerValues.Address(x.By),
                    null, LedgerValues.Address(x.By), null, null, null, (long)x.Quantity, null, null));
                writer.Move(c, x.BatchId, DomainSchema.InTransit, -(long)x.Quantity);
                writer.Move(c, x.BatchId, LedgerValues.Address(x.By), (long)x.Quantity);
                break;
            case PharmaLedger.ShipmentRejectedEvent x:
                // to_address is where the quantity goes back to: the sender.
                writer.Shipment.Add(Proven(c, LedgerValues.Counter(x.ShipmentId), x.BatchId.ToString(), "rejected", LedgerValues.Address(x.By),
                    null, LedgerValues.Address(x.ReturnedTo), null, null, null, (long)x.Quantity, null, x.Reason));
                writer.Move(c, x.BatchId, DomainSchema.InTransit, -(long)x.Quantity);
                writer.Move(c, x.BatchId, LedgerValues.Address(x.ReturnedTo), (long)x.Quantity);
                break;
            case PharmaLedger.PackDecommissionedEvent x:
                writer.Pack.Add(Proven(c, x.BatchId.ToString(), (long)x.Index, x.SerialHash.ToString(), "decommissioned", LedgerValues.Reason(x.Reason),
                    LedgerValues.Address(x.By), x.RecordId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                writer.Move(c, x.BatchId, LedgerValues.Address(x.By), -1);
                writer.Move(c, x.BatchId, DomainSchema.Decommissioned, 1);
                break;
            case PharmaLedger.PackReactivatedEvent x:
                var serial = await writer.SerialHashAsync(x.BatchId, x.Index, cancellationToken);
                writer.Pack.Add(Proven(c, x.BatchId.ToString(), (long)x.Index, serial, "reactivated", null,
                    LedgerValues.Address(x.By), x.RecordId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                writer.Move(c, x.BatchId, DomainSchema.Decommissioned, -1);
                writer.Move(c, x.BatchId, LedgerValues.Address(x.By), 1);
                break;
            case PharmaLedger.FalsificationAlertRaisedEvent x:
                writer.Pack.Add(Proven(c, x.BatchId.ToString(), (long)x.Index, x.SerialHash.ToString(), "alert", LedgerValues.Reason(x.AttemptedReason),
                    LedgerValues.Address(x.By), null));
                break;
            default:
                // Events of later contract versions are left to the projections that know them.
                break;
        }
    }

    // The row's values followed by block_number, tx_hash, log_index, timestamp.
    private static object?[] Proven(LedgerEventContext c, params object?[] values)
    {
        var row = new object?[values.Length + 4];
        values.CopyTo(row, 0);
        row[^4] = checked((long)c.BlockNumber);
        row[^3] = c.TransactionHash.ToString();
        row[^2] = (long)c.LogIndex;
        row[^1] = c.BlockTimestamp.ToUnixTimeSeconds();
        return row;
    }
}
