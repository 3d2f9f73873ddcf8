using System.Globalization;
using System.Numerics;
using System.Text;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Problems;

/// <summary>
/// Puts a PharmaLedger custom error (contracts/IPharmaLedger.sol) into words for the problem's
/// <c>detail</c>; the name and arguments travel beside it for programs.
/// </summary>
public static class ContractErrorText
{
    /// <summary>A sentence for <paramref name="error"/>.</summary>
    public static string Describe(ContractError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var a = error.Arguments.ToDictionary(x => x.Name, x => Format(x.Value));
        string Arg(string name) => a.GetValueOrDefault(name, "?");
        return error.Name switch
        {
            "CustodyInsufficientQuantity" => $"{Arg("holder")} holds {Arg("held")} of batch {Arg("batchId")}, fewer than the {Arg("requested")} requested.",
            "CustodyQuantityZero" => "The quantity must be at least 1.",
            "CustodyRecipientInvalid" => $"{Arg("to")} cannot receive: it must be an active manufacturer, wholesaler or pharmacy other than the sender.",
            "ParticipantUnknown" => $"{Arg("account")} is not a participant of the ledger.",
            "ParticipantAlreadyAdmitted" => $"{Arg("account")} is already a participant.",
            "ParticipantIsSuspended" => $"{Arg("account")} is suspended.",
            "ParticipantNotSuspended" => $"{Arg("account")} is not suspended.",
            "ParticipantRoleInvalid" => $"The role {Arg("role")} cannot be admitted this way.",
            "ParticipantRoleRequired" => $"{Arg("account")} has the role {Arg("actual")}, but this needs {Arg("required")}.",
            "ParticipantOutsideJurisdiction" => $"{Arg("account")} is in {Arg("country")}, outside the jurisdiction of the regulator of {Arg("regulatorCountry")}.",
            "GlnInvalid" => $"The GLN {Arg("gln")} has an invalid check digit.",
            "GlnAlreadyRegistered" => $"The GLN {Arg("gln")} already belongs to {Arg("holder")}.",
            "GtinInvalid" => $"The GTIN {Arg("gtin")} is not a valid GTIN-14.",
            "LotInvalid" => $"The lot \"{Arg("lot")}\" must be 1 to 20 characters of GS1 character set 82.",
            "ExpiryInvalid" => $"The expiry {Arg("expiry")} is not a valid date in the future.",
            "BatchAlreadyRegistered" => $"The batch {Arg("batchId")} is already registered.",
            "BatchUnknown" => $"There is no batch {Arg("batchId")}.",
            "BatchExpired" => $"The batch {Arg("batchId")} expired on {Arg("expiry")}.",
            "BatchNotManufacturer" => $"{Arg("account")} is not the manufacturer of batch {Arg("batchId")}.",
            "BatchLeavesIncomplete" => $"The batch {Arg("batchId")} has {Arg("published")} of its {Arg("packCount")} packs published; it moves only once all are.",
            "BatchAlreadyRecalled" => $"The batch {Arg("batchId")} is already recalled{Where(Arg("country"))}.",
            "BatchRecalledIn" => $"The batch {Arg("batchId")} is recalled{Where(Arg("country"))}.",
            "BatchQuarantinedIn" => $"The batch {Arg("batchId")} is quarantined{Where(Arg("country"))}.",
            "BatchAlreadyQuarantined" => $"The batch {Arg("batchId")} is already quarantined{Where(Arg("country"))}.",
            "BatchNotQuarantined" => $"The batch {Arg("batchId")} is not quarantined{Where(Arg("country"))}.",
            "ShipmentUnknown" => $"There is no shipment {Arg("shipmentId")}.",
            "ShipmentNotRecipient" => $"{Arg("account")} is not the recipient of shipment {Arg("shipmentId")}.",
            "ShipmentNotCrossBorder" => $"Shipment {Arg("shipmentId")} does not cross a border: customs has no say.",
            "ShipmentWrongCustoms" => $"Shipment {Arg("shipmentId")} goes to {Arg("destination")}; customs of {Arg("customsCountry")} cannot decide on it.",
            "ShipmentStatusInvalid" => $"Shipment {Arg("shipmentId")} is {Arg("status")}, which does not allow this.",
            "ShipmentAwaitingCustoms" => $"Shipment {Arg("shipmentId")} waits for the destination's customs.",
            "CountryNotMember" => $"{Arg("country")} is not a member country.",
            "CountryAlreadyMember" => $"{Arg("country")} is already a member country.",
            "CountryProposalPending" => $"{Arg("country")} is already proposed (voting until {Arg("deadline")}).",
            "CountryProposalMissing" => $"{Arg("country")} has not been proposed.",
            "CountryProposalExpired" => $"The proposal of {Arg("country")} expired at {Arg("deadline")}.",
            "CountryVoteDuplicate" => $"{Arg("voter")} already voted for {Arg("country")}.",
            "CountryCodeInvalid" => $"{Arg("country")} is not an ISO 3166-1 alpha-2 code.",
            _ => $"The ledger refused the call: {error.Name}({string.Join(", ", error.Arguments.Select(x => $"{x.Name}: {Format(x.Value)}"))}).",
        };
    }

    /// <summary>An argument as a client reads it: addresses checksummed, hashes in hex, bytes2 country codes as letters.</summary>
    public static string Format(object value) => value switch
    {
        Address address => address.ToChecksumString(),
        Hash32 hash => hash.ToString(),
        byte[] { Length: 2 } code => code is [0, 0] ? "" : Encoding.ASCII.GetString(code),
        byte[] bytes => Hex.Encode(bytes),
        BigInteger n => n.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Where(string country) => country.Length == 0 ? " everywhere" : $" in {country}";
}
