using PharmaTrace.Api.Security;
using PharmaTrace.Api.Writes;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Endpoints;

/// <summary>
/// Admits a participant on behalf of its country's regulator: with an address, only admits it (it
/// signs on its own node); without, generates a hosted key and issues its first API key. Used by
/// <c>POST /api/v1/participants</c> and by the demo seed.
/// </summary>
public sealed class ParticipantAdmission(WritePipeline writes, SigningKeyVault vault, ApiKeyStore apiKeys)
{
    public async Task<ParticipantCreated> AdmitAsync(ParticipantIdentity regulator, PharmaLedger.Role role, string name, ulong gln, Address? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regulator);
        var hosted = address is null;
        var account = address ?? vault.Generate();
        var operation = await writes.SubmitAsync(new WriteRequest
        {
            Signer = regulator.Address,
            Kind = "admitParticipant",
            Steps = [new WriteStep(PharmaLedger.EncodeAdmitParticipant(account, role, gln, name))],
        }, cancellationToken);
        var apiKey = hosted ? apiKeys.Issue(account, role, regulator.Country, name) : null;
        return new ParticipantCreated(account.ToChecksumString(), role.ToString(), regulator.Country, gln.ToString("D13", System.Globalization.CultureInfo.InvariantCulture), name, hosted, apiKey, operation);
    }
}
