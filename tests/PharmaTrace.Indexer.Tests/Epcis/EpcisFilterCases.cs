using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Projection.Domain;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>Each query parameter with the scenario's events it must select, computed from the mapped events (never counted by hand).</summary>
internal static class EpcisFilterCases
{
    internal static readonly string Customs = EpcisIdentifiers.Location(LedgerValues.Gln(EpcisScenario.CustomsGln));
    internal static readonly string Wholesaler = EpcisIdentifiers.Location(LedgerValues.Gln(EpcisScenario.WholesalerGln));
    internal static readonly string Manufacturer = EpcisIdentifiers.Location(LedgerValues.Gln(EpcisScenario.ManufacturerGln));
    internal static readonly string Lgtin = EpcisIdentifiers.Lgtin(LedgerValues.Gtin(EpcisScenario.Gtin), EpcisScenario.Lot);
    internal static readonly string Sscc = EpcisIdentifiers.Sscc(EpcisScenario.Sscc);
    private static readonly DateTimeOffset Middle = EpcisScenario.Start.AddSeconds(12 * 7);

    public static IEnumerable<TestCaseData> All()
    {
        TestCaseData Case(string query, Func<EpcisEvent, bool> expected) => new TestCaseData(query, expected).SetArgDisplayNames(query);
        yield return Case("eventType=ObjectEvent", _ => true);
        yield return Case("eventType=AggregationEvent|TransactionEvent", _ => false);
        yield return Case($"GE_eventTime={Uri.EscapeDataString(Middle.ToString("O"))}", e => e.EventTime >= Middle);
        yield return Case($"LT_eventTime={Uri.EscapeDataString(Middle.ToString("O"))}", e => e.EventTime < Middle);
        yield return Case($"GE_recordTime={Uri.EscapeDataString(Middle.ToString("O"))}", e => e.RecordTime >= Middle);
        yield return Case($"LT_recordTime={Uri.EscapeDataString(Middle.ToOffset(TimeSpan.FromHours(2)).ToString("O"))}", e => e.RecordTime < Middle);
        yield return Case("EQ_action=ADD", e => e.Action == "ADD");
        yield return Case("EQ_bizStep=shipping", e => e.BizStep == "shipping");
        yield return Case("EQ_bizStep=https%3A%2F%2Fref.gs1.org%2Fcbv%2FBizStep-holding|urn:epcglobal:cbv:bizstep:inspecting", e => e.BizStep is "holding" or "inspecting");
        yield return Case("EQ_disposition=in_transit", e => e.Disposition == "in_transit");
        yield return Case("EQ_disposition=damaged|in_progress", e => e.Disposition == "in_progress");
        yield return Case("EQ_bizStep=picking", _ => false);
        yield return Case($"EQ_bizLocation={Uri.EscapeDataString(Customs)}", e => e.BizLocation == Customs);
        yield return Case($"EQ_bizLocation={Uri.EscapeDataString(EpcisIdentifiers.ToUrn(Customs))}", e => e.BizLocation == Customs);
        yield return Case($"EQ_readPoint={Uri.EscapeDataString(Wholesaler)}", e => e.ReadPoint == Wholesaler);
        // Locations and parties are stored as GLN numbers: several, another stem, an extension or another key.
        yield return Case($"EQ_bizLocation={Uri.EscapeDataString(Customs)}|{Uri.EscapeDataString(Wholesaler)}", e => e.BizLocation == Customs || e.BizLocation == Wholesaler);
        yield return Case($"EQ_bizLocation={Uri.EscapeDataString(Customs.Replace("https://id.gs1.org", "https://pharmacy.example/dl", StringComparison.Ordinal))}", e => e.BizLocation == Customs);
        yield return Case($"EQ_bizLocation={Uri.EscapeDataString(Customs + "/254/1")}", _ => false);
        yield return Case($"EQ_bizLocation={Uri.EscapeDataString(Customs + "/254/1")}|{Uri.EscapeDataString(Wholesaler)}", e => e.BizLocation == Wholesaler);
        yield return Case($"EQ_readPoint={Uri.EscapeDataString(Sscc)}", _ => false);
        yield return Case($"MATCH_epc={Uri.EscapeDataString(EpcisIdentifiers.ToUrn(Sscc))}", e => e.Epcs.Contains(Sscc));
        yield return Case($"MATCH_anyEPC={Uri.EscapeDataString(Sscc)}", e => e.Epcs.Contains(Sscc));
        yield return Case($"MATCH_epcClass={Uri.EscapeDataString(EpcisIdentifiers.ToUrn(Lgtin))}", e => e.EpcClasses.Contains(Lgtin));
        yield return Case($"EQ_source_owning_party={Uri.EscapeDataString(Manufacturer)}", e => e.SourceOwningParty == Manufacturer);
        yield return Case($"EQ_destination_owning_party={Uri.EscapeDataString(Manufacturer)}", e => e.DestinationOwningParty == Manufacturer);
        var someIds = EpcisSchemaValidationTests.MapScenario().Where((_, i) => i % 5 == 2).Select(e => e.EventId).ToList();
        yield return Case($"EQ_eventID={Uri.EscapeDataString(string.Join('|', someIds))}", e => someIds.Contains(e.EventId));
        yield return Case("EQ_pt:countries=DE", e => e.Countries.Contains("DE") || e.Countries.Contains(EpcisCountries.Everywhere));
        yield return Case("EQ_bizStep=shipping&EQ_pt:countries=FR&EQ_action=OBSERVE", e => e.BizStep == "shipping" && e.Countries.Contains("FR"));
    }
}
