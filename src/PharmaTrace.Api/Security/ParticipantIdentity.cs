using System.Security.Claims;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Security;

/// <summary>Who an API key speaks for: the participant's address, role, country and name.</summary>
public sealed record ParticipantIdentity(Address Address, PharmaLedger.Role Role, string Country, string Name)
{
    /// <summary>The claim type of the country.</summary>
    public const string CountryClaim = "pharmatrace:country";

    /// <summary>As claims for the authentication ticket.</summary>
    public ClaimsPrincipal ToPrincipal(string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Address.ToChecksumString()),
            new Claim(ClaimTypes.Name, Name),
            new Claim(ClaimTypes.Role, Role.ToString()),
            new Claim(CountryClaim, Country),
        ],
        scheme));

    /// <summary>The participant of an authenticated request.</summary>
    public static ParticipantIdentity Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ParticipantIdentity(
            Address.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request is not authenticated.")),
            Enum.Parse<PharmaLedger.Role>(user.FindFirstValue(ClaimTypes.Role)!),
            user.FindFirstValue(CountryClaim)!,
            user.FindFirstValue(ClaimTypes.Name)!);
    }
}
