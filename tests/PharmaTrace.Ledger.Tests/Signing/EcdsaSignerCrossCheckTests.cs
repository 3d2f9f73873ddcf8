using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using PharmaTrace.Ledger.Signing;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace PharmaTrace.Ledger.Tests.Signing;

/// <summary>
/// Our signing loop is BouncyCastle's ECDsaSigner written out to keep R's y parity, on the faster
/// CustomNamedCurves field arithmetic. This checks it against the stock ECDsaSigner with
/// HMacDsaKCalculator on the generic SecNamedCurves curve.
/// </summary>
public sealed class EcdsaSignerCrossCheckTests
{
    [Test]
    public void Signatures_equal_BouncyCastle_ECDsaSigner_after_low_S_normalisation()
    {
        var curve = SecNamedCurves.GetByName("secp256k1");
        var domain = new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
        var halfN = curve.N.ShiftRight(1);
        var random = new Random(6979);
        var keyBytes = new byte[32];
        var hash = new byte[32];
        for (var i = 0; i < 100; i++)
        {
            random.NextBytes(keyBytes);
            random.NextBytes(hash);
            using var key = PrivateKey.FromBytes(keyBytes);
            var ours = key.Sign(hash);

            var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
            signer.Init(true, new ECPrivateKeyParameters(new BcBigInteger(1, keyBytes), domain));
            var reference = signer.GenerateSignature(hash);
            var s = reference[1].CompareTo(halfN) > 0 ? curve.N.Subtract(reference[1]) : reference[1];

            Assert.That(new BcBigInteger(1, ours.R.ToArray()), Is.EqualTo(reference[0]), $"r, case {i}");
            Assert.That(new BcBigInteger(1, ours.S.ToArray()), Is.EqualTo(s), $"s, case {i}");
        }
    }
}
