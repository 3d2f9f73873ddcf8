using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Api.Pharmacy.Gs1;
using PharmaTrace.Api.Security;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>POST /api/v1/packs/verify: what the ledger says about a scanned pack.</summary>
public static class PackVerifyEndpoint
{
    /// <summary>Handles the request.</summary>
    public static Results<Ok<PackVerifyResponse>, ProblemHttpResult> Handle(Gs1CodeRequest request, ClaimsPrincipal user, PackVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        if (!Gs1ParseEndpoint.TryParseCode(request?.Code, "code", out var data, out var problem))
        {
            return problem;
        }

        if (data.Gtin is null || data.SerialNumber is null)
        {
            return Gs1ProblemFactory.InvalidField("code", "must carry a pack's identity: AI (01) GTIN and AI (21) serial number");
        }

        return TypedResults.Ok(verifier.Verify(data, ParticipantIdentity.Of(user)));
    }
}
