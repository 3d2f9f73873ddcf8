using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>A participant as verification needs it: to say who holds a batch and who may see what.</summary>
public sealed record ParticipantEntry(Address Address, string Country, PharmaLedger.Role Role, string Name, ulong Gln);
