namespace PharmaTrace.Indexer.Epcis.Model;

/// <summary>How identifiers are written in a served document (REST binding header <c>GS1-EPC-Format</c>).</summary>
public enum EpcFormat
{
    /// <summary>GS1 Digital Link URIs on the canonical stem <c>https://id.gs1.org</c> (the binding's default).</summary>
    DigitalLink,

    /// <summary>EPC pure identity URNs (<c>urn:epc:id:...</c>, <c>urn:epc:class:lgtin:...</c>).</summary>
    EpcUrn,
}
