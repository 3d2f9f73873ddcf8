using System.Text;
using PharmaTrace.Api.Pharmacy.Index;
using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>The pack index's memory budget: 1,000,000 packs, their serial lookup and their whole trees.</summary>
public sealed class PackIndexMemoryTests
{
    [Test]
    public void A_million_packs_in_ten_batches_take_less_than_160_MB()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var index = new PackIndex();
        for (var b = 0; b < 10; b++)
        {
            var lot = $"MEM{b}";
            var serials = Enumerable.Range(0, 100_000).Select(i => Hash32.Keccak(Encoding.UTF8.GetBytes($"{lot}-{i:D6}"))).ToArray();
            var registration = new BatchRegistration(Hash32.Keccak(Encoding.UTF8.GetBytes(lot)), 9506000134352, lot, "2030-12-31",
                100_000, PackMerkleTree.Build(serials).Root, default, "DE", 1, default);
            index.Write(w =>
            {
                w.AddBatch(registration);
                Assert.That(w.AddLeaves(registration.BatchId, 0, serials), Is.True);
            });
        }

        var used = GC.GetTotalMemory(forceFullCollection: true) - before;
        TestContext.Out.WriteLine($"1,000,000 packs: {used / 1024 / 1024} MB");

        Assert.That(index.SerialCount, Is.EqualTo(1_000_000));
        Assert.That(index.Read(v => v.FindBatch(9506000134352, "MEM9")!.Tree), Is.Not.Null);
        Assert.That(used, Is.LessThan(160L * 1024 * 1024));
    }
}
