using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Projection.Domain;
using static PharmaTrace.Ledger.Contracts.PharmaLedger;

namespace PharmaTrace.Indexer.Tests.Epcis;

public sealed class EpcisEventMapperTests
{
    private static readonly List<EpcisEvent> Mapped = EpcisSchemaValidationTests.MapScenario();
    private static readonly string[] BothCountries = ["DE", "FR"];
    private static readonly string[] PartyTypes = ["owning_party", "location"];
    private static readonly string[] RecallScopes = ["FR", "*"];
    private static readonly string[] OneChain = ["31337"];

    [Test]
    public void Registration_is_a_commissioning_ADD_with_lot_and_expiry_in_ilmd_and_the_pack_count_as_quantity()
    {
        var registration = Mapped.Single(e => e.Action == "ADD");
        var json = registration.Document;

        Assert.That(json["bizStep"]!.GetValue<string>(), Is.EqualTo("commissioning"));
        Assert.That(json["ilmd"]!["cbvmda:lotNumber"]!.GetValue<string>(), Is.EqualTo(EpcisScenario.Lot));
        Assert.That(json["ilmd"]!["cbvmda:itemExpirationDate"]!.GetValue<string>(), Is.EqualTo("2027-12-31"), "GS1 day 00 is the month's last day");
        Assert.That(json["quantityList"]![0]!["quantity"]!.GetValue<ulong>(), Is.EqualTo(100));
        Assert.That(json["readPoint"]!["id"]!.GetValue<string>(), Is.EqualTo(EpcisFilterCases.Manufacturer));
    }

    [Test]
    public void A_dispatch_names_both_owning_parties_and_both_countries()
    {
        var dispatch = Mapped.First(e => e.BizStep == "shipping" && e.Disposition == "in_transit");

        Assert.That(dispatch.SourceOwningParty, Is.EqualTo(EpcisFilterCases.Manufacturer));
        Assert.That(dispatch.DestinationOwningParty, Is.EqualTo(EpcisFilterCases.Wholesaler));
        Assert.That(dispatch.Countries, Is.EquivalentTo(BothCountries));
        Assert.That(dispatch.Document["sourceList"]!.AsArray().Select(s => s!["type"]!.GetValue<string>()), Is.EqualTo(PartyTypes));
    }

    [Test]
    public void A_seizure_ends_the_quantity_with_decommissioning_inactive_and_names_customs_country_and_decision()
    {
        var seizure = Mapped.Single(e => e.Document["pt:decision"]?.GetValue<string>() == "seize");

        Assert.That((seizure.BizStep, seizure.Disposition), Is.EqualTo(("decommissioning", "inactive")));
        Assert.That(seizure.Document["pt:customsParty"]!.GetValue<string>(), Is.EqualTo(EpcisScenario.Customs.ToLowerHexString()));
        Assert.That(seizure.Document["pt:country"]!.GetValue<string>(), Is.EqualTo("FR"));
        Assert.That(seizure.Document["quantityList"]![0]!["quantity"]!.GetValue<ulong>(), Is.EqualTo(10));
    }

    [Test]
    public void A_decommissioned_pack_is_its_batch_class_with_quantity_one_and_its_leaf_and_serial_hash()
    {
        var stolen = Mapped.Single(e => e.Document["pt:decommissionReason"]?.GetValue<string>() == "stolen");

        Assert.That(stolen.Disposition, Is.EqualTo("stolen"));
        Assert.That(stolen.EpcClasses, Is.EqualTo(new[] { EpcisFilterCases.Lgtin }));
        Assert.That(stolen.Document["quantityList"]![0]!["quantity"]!.GetValue<ulong>(), Is.EqualTo(1));
        Assert.That(stolen.Document["pt:leafIndex"]!.GetValue<uint>(), Is.EqualTo((uint)DecommissionReason.Stolen));
        Assert.That(stolen.Document["pt:serialHash"]!.GetValue<string>(), Does.Match("^0x[0-9a-f]{64}$"));
    }

    [Test]
    public void A_recall_everywhere_concerns_every_country_and_a_national_one_only_its_own()
    {
        var recalls = Mapped.Where(e => e.Disposition == "recalled").ToList();

        Assert.That(recalls.Select(r => r.Document["pt:country"]!.GetValue<string>()), Is.EqualTo(RecallScopes));
        Assert.That(recalls[1].Countries, Does.Contain("*"));
    }

    [Test]
    public void Every_event_carries_its_ledger_proof()
    {
        var events = EpcisScenario.Events().Where(e => e.Event is not CountryAdmittedEvent and not ParticipantAdmittedEvent).ToList();

        Assert.That(Mapped.Select(e => e.Document["pt:ledger"]!["pt:transactionHash"]!.GetValue<string>()), Is.EqualTo(events.Select(e => e.Context.TransactionHash.ToString())));
        Assert.That(Mapped.Select(e => e.Document["pt:ledger"]!["pt:logIndex"]!.GetValue<int>()), Is.EqualTo(events.Select(e => e.Context.LogIndex)));
        Assert.That(Mapped.Select(e => e.Document["pt:ledger"]!["pt:chainId"]!.GetValue<string>()).Distinct(), Is.EqualTo(OneChain));
        Assert.That(LedgerValues.Gln(EpcisScenario.CustomsGln), Has.Length.EqualTo(13));
    }
}
