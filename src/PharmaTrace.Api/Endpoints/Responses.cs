using System.ComponentModel;
using PharmaTrace.Api.Writes;

namespace PharmaTrace.Api.Endpoints;

[Description("A write's outcome.")]
public sealed record WriteAccepted([property: Description("The operation and its transactions.")] OperationStatus Operation);

[Description("A registered batch.")]
public sealed record BatchRegistered(
    [property: Description("keccak256(abi.encode(uint64 gtin, string lot)).")] string BatchId,
    [property: Description("GTIN-14.")] string Gtin,
    [property: Description("Lot.")] string Lot,
    [property: Description("YYYY-MM-DD.")] string Expiry,
    [property: Description("Number of packs.")] int PackCount,
    [property: Description("The OpenZeppelin StandardMerkleTree root of (index, serialHash) leaves (docs/merkle.md).")] string MerkleRoot,
    [property: Description("registerBatch then publishLeaves transactions.")] OperationStatus Operation);

[Description("A dispatched shipment.")]
public sealed record ShipmentCreated(
    [property: Description("The shipment id, from the ShipmentDispatched event; null until mined (poll the operation).")] string? ShipmentId,
    [property: Description("The recipient's address.")] string To,
    [property: Description("The dispatch transaction.")] OperationStatus Operation);
