using Microsoft.Extensions.DependencyInjection;
using PharmaTrace.Api.Problems;
using PharmaTrace.Api.Tests.Hosting;
using PharmaTrace.Api.Writes;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Api.Tests.Writes;

/// <summary>
/// Writes that get past the check before signing and fail afterwards, driven through the host's own
/// <see cref="WritePipeline"/> (a step with a fixed gas limit is not simulated, as the second step of
/// a batch registration): mined with status 0, the contract's custom error is recovered; refused by
/// the node for good, the operation fails with the reason and the signer's nonce is not lost.
/// </summary>
[TestFixture]
[CancelAfter(240_000)]
public sealed class FailedTransactionTests : SharedApiHostTests
{
    [Test]
    public async Task A_transaction_mined_with_status_0_is_refused_with_the_contracts_custom_error(CancellationToken cancellationToken)
    {
        var (_, batchId, wholesaler, writes) = await NewBatchAsync(cancellationToken);

        var refused = Assert.ThrowsAsync<TransactionRevertedException>(() => writes.SubmitAsync(new WriteRequest
        {
            Signer = Manufacturer, Kind = "dispatch",
            Steps = [new WriteStep(PharmaLedger.EncodeDispatch(batchId, wholesaler, 1, 0)), new WriteStep(PharmaLedger.EncodeDispatch(batchId, wholesaler, 50, 0), GasLimit: 400_000)],
        }, cancellationToken));

        var receipt = await Host.Rpc.GetTransactionReceiptAsync(refused!.TransactionHash!.Value, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(receipt!.Succeeded, Is.False, "the second transaction was mined and reverted");
            Assert.That(refused.Error?.Name, Is.EqualTo("CustodyInsufficientQuantity"));
            Assert.That(refused.Error!.Arguments.Single(a => a.Name == "held").Value.ToString(), Is.EqualTo("4"), "replayed on the state after the first step");
            Assert.That(ContractErrorText.Describe(refused.Error), Does.Contain("fewer than the 50 requested"));
        });
    }

    [Test]
    public async Task A_transaction_the_node_refuses_for_good_fails_with_the_reason_and_frees_its_nonce(CancellationToken cancellationToken)
    {
        var (lot, batchId, wholesaler, writes) = await NewBatchAsync(cancellationToken);

        // A gas limit above the block's (60M): the node refuses it before its pool, whenever it is sent.
        var refused = Assert.ThrowsAsync<ApiProblemException>(() => writes.SubmitAsync(new WriteRequest
        {
            Signer = Manufacturer, Kind = "dispatch", Steps = [new WriteStep(PharmaLedger.EncodeDispatch(batchId, wholesaler, 1, 0), GasLimit: 100_000_000)],
        }, cancellationToken));
        using var manufacturer = Host.ClientFor("Manufacturer");
        var (next, nextBody, _) = await manufacturer.PostJsonAsync("/api/v1/shipments", new { gtin = Scenario.Gtin, lot, quantity = 1, to = wholesaler.ToChecksumString() }, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Status, Is.EqualTo(409));
            Assert.That(refused.Message, Does.Contain("refused").And.Contain("for good").And.Contain("gas").IgnoreCase);
            Assert.That(next, Is.EqualTo(201), "the next write of the same signer is mined: " + Requests.Describe(nextBody));
        });
    }

    private Address Manufacturer => Address.Parse(Host.Participant("Manufacturer").Address);

    /// <summary>A new batch of 5 packs held by the manufacturer, the wholesaler to ship to, and the host's pipeline.</summary>
    private async Task<(string Lot, Hash32 BatchId, Address Wholesaler, WritePipeline Writes)> NewBatchAsync(CancellationToken cancellationToken)
    {
        var lot = await Scenario.RegisterBatchAsync(Host, 5, cancellationToken);
        var batchId = Hash32.Keccak(PharmaLedger.EncodeBatchIdOf(ulong.Parse(Scenario.Gtin), lot).AsSpan(4));
        return (lot, batchId, Address.Parse(Host.Participant("Wholesaler").Address), Host.Services.GetRequiredService<WritePipeline>());
    }
}
