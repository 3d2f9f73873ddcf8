using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Gs1.Epc;
using PharmaTrace.Gs1.Identifiers;

namespace PharmaTrace.Gs1.Tests.Epc;

/// <summary>Vectors from the EPC Tag Data Standard (TDS) examples of each scheme.</summary>
public sealed class EpcUriTests
{
    private static readonly CompanyPrefixLength Seven = CompanyPrefixLength.Of(7);

    // (GS1 data, company prefix length, EPC URI, scheme); the source of each is in its comment.
    private static readonly object[] Vectors =
    [
        // TDS SGTIN example.
        new object[] { "(01)80614141123458(21)6789", 7, "urn:epc:id:sgtin:0614141.812345.6789", EpcScheme.Sgtin },
        // TDS SSCC example.
        new object[] { "(00)106141412345678908", 7, "urn:epc:id:sscc:0614141.1234567890", EpcScheme.Sscc },
        // TDS SGLN example.
        new object[] { "(414)0614141123452(254)400", 7, "urn:epc:id:sgln:0614141.12345.400", EpcScheme.Sgln },
        // TDS SGLN: no extension is written as "0".
        new object[] { "(414)0614141123452", 7, "urn:epc:id:sgln:0614141.12345.0", EpcScheme.Sgln },
        // TDS LGTIN class example.
        new object[] { "(01)04012345123456(10)998877", 7, "urn:epc:class:lgtin:4012345.012345.998877", EpcScheme.Lgtin },
        // Constructed: a 9-digit prefix on the GS1 Digital Link example GTIN.
        new object[] { "(01)09506000134352(21)XYZ", 9, "urn:epc:id:sgtin:950600013.0435.XYZ", EpcScheme.Sgtin },
        // Constructed: a 12-digit prefix leaves the SGLN location reference empty (TDS SGLN grammar).
        new object[] { "(414)0614141123452", 12, "urn:epc:id:sgln:061414112345..0", EpcScheme.Sgln },
    ];

    [TestCaseSource(nameof(Vectors))]
    public void GS1_keys_convert_to_the_TDS_URI_and_back(string bracketed, int prefixLength, string uri, EpcScheme scheme)
    {
        var data = Gs1Parser.Parse(bracketed);

        var epc = EpcUri.FromElementString(data, CompanyPrefixLength.Of(prefixLength));
        var parsed = EpcUri.Parse(uri);

        Assert.Multiple(() =>
        {
            Assert.That(epc.Uri, Is.EqualTo(uri));
            Assert.That(epc.Scheme, Is.EqualTo(scheme));
            Assert.That(parsed.ElementString, Is.EqualTo(data));
            Assert.That(parsed.CompanyPrefixLength, Is.EqualTo(CompanyPrefixLength.Of(prefixLength)));
            Assert.That(parsed, Is.EqualTo(epc));
        });
    }

    [TestCase("A/B%1&\"<>?", "A%2FB%251%26%22%3C%3E%3F")]
    [TestCase("!'()*+,-.:;=_", "!'()*+,-.:;=_")]
    public void Serial_characters_are_escaped_as_the_TDS_requires(string serial, string escaped)
    {
        var sgtin = new Sgtin(new Gtin("80614141123458"), serial);

        var epc = EpcUri.FromSgtin(sgtin, Seven);

        Assert.That(epc.Uri, Is.EqualTo("urn:epc:id:sgtin:0614141.812345." + escaped));
        Assert.That(EpcUri.Parse(epc.Uri).ElementString.SerialNumber, Is.EqualTo(serial));
    }

    [Test]
    public void A_Digital_Link_URI_converts_to_an_EPC_URI_and_back()
    {
        const string link = "https://id.gs1.org/01/80614141123458/21/6789";

        var epc = EpcUri.FromDigitalLink(link, Seven);

        Assert.That(epc.Uri, Is.EqualTo("urn:epc:id:sgtin:0614141.812345.6789"));
        Assert.That(EpcUri.ToDigitalLink(epc.Uri), Is.EqualTo(link));
    }

    [Test]
    public void An_unknown_company_prefix_length_gives_a_URI_flagged_as_assumed()
    {
        var epc = EpcUri.FromDigitalLink("https://id.gs1.org/01/80614141123458/21/6789", CompanyPrefixLength.AssumedDefault);

        Assert.That(epc.Uri, Is.EqualTo("urn:epc:id:sgtin:0614141.812345.6789"));
        Assert.That(epc.CompanyPrefixLength.IsAssumed, Is.True);
    }

    [Test]
    public void Data_without_an_EPC_key_is_refused()
    {
        var data = Gs1Parser.Parse("(01)09506000134352");

        var error = Assert.Throws<Gs1ParseException>(() => EpcUri.FromElementString(data, Seven));

        Assert.That(error!.Kind, Is.EqualTo(Gs1ErrorKind.InvalidEpcUri));
    }

    [Test]
    public void An_escaped_GLN_extension_round_trips()
    {
        var epc = EpcUri.FromGln(new Gln("0614141123452"), "32a/b", Seven);

        Assert.That(epc.Uri, Is.EqualTo("urn:epc:id:sgln:0614141.12345.32a%2Fb"));
        Assert.That(EpcUri.Parse(epc.Uri).ElementString.Find("254"), Is.EqualTo("32a/b"));
    }
}
