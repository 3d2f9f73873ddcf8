using System.Globalization;
using System.Text;
using PharmaTrace.Api.Pharmacy.Index;
using PharmaTrace.Api.Problems;
using PharmaTrace.Gs1;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>
/// Turns a basket of scanned codes into the contract's PackProof[] from the pack index. Every code that
/// cannot become a proof is a 400 naming <c>codes[i]</c> and the rule, all of them at once.
/// </summary>
public sealed class BasketResolver(PackIndex index)
{
    /// <summary>The most packs in one transaction: a proof of a 100,000-pack batch is 17 hashes, so 500 packs stay well inside a block.</summary>
    public const int MaxPacks = 500;

    /// <summary>Resolves the codes.</summary>
    /// <exception cref="RequestValidationException">A code is missing, invalid, unknown, repeated or its batch is not complete.</exception>
    public (PharmaLedger.PackProof[] Proofs, DecommissionedPack[] Packs) Resolve(IReadOnlyList<string?>? codes)
    {
        if (codes is null || codes.Count == 0)
        {
            throw Invalid("codes", "must hold at least one code");
        }

        if (codes.Count > MaxPacks)
        {
            throw Invalid("codes", $"must hold at most {MaxPacks} codes");
        }

        var errors = new Dictionary<string, string[]>();
        var proofs = new List<PharmaLedger.PackProof>();
        var packs = new List<DecommissionedPack>();
        var seen = new Dictionary<(Hash32, uint), int>();
        index.Read(view =>
        {
            for (var i = 0; i < codes.Count; i++)
            {
                var field = $"codes[{i}]";
                if (!Gs1Parser.TryParse(codes[i], out var data, out var error))
                {
                    errors[field] = [error?.Message ?? "is required"];
                    continue;
                }

                if (data.Gtin is null || data.SerialNumber is null)
                {
                    errors[field] = ["must carry a pack's identity: AI (01) GTIN and AI (21) serial number"];
                    continue;
                }

                var gtin = ulong.Parse(data.Gtin.Value, CultureInfo.InvariantCulture);
                var serialHash = Hash32.Keccak(Encoding.UTF8.GetBytes(data.SerialNumber));
                if (view.FindSerial(gtin, serialHash, data.Batch) is not var (batch, packIndex))
                {
                    errors[field] = [$"no batch of GTIN {data.Gtin.Value} registers serial {data.SerialNumber}"];
                    continue;
                }

                if (batch.Tree is not { } tree)
                {
                    errors[field] = ["the batch's leaves are not all published yet, so the pack cannot be proven"];
                    continue;
                }

                var key = (batch.Registration.BatchId, packIndex);
                if (seen.TryGetValue(key, out var first))
                {
                    errors[field] = [$"is the same pack as codes[{first}]"];
                    continue;
                }

                seen[key] = i;
                proofs.Add(new PharmaLedger.PackProof(batch.Registration.BatchId, packIndex, serialHash, tree.Proof((int)packIndex)));
                packs.Add(new DecommissionedPack(i, data.Gtin.Value, data.SerialNumber, batch.Registration.BatchId.ToString(), packIndex));
            }

            return 0;
        });
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return ([.. proofs], [.. packs]);
    }

    private static RequestValidationException Invalid(string field, string rule) =>
        new(new Dictionary<string, string[]> { [field] = [rule] });
}
