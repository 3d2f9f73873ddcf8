using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Security;

/// <summary>Authorization policies, one per set of roles allowed to call an endpoint.</summary>
public static class Roles
{
    public const string Regulator = nameof(PharmaLedger.Role.Regulator);
    public const string Manufacturer = nameof(PharmaLedger.Role.Manufacturer);
    public const string Customs = nameof(PharmaLedger.Role.Customs);
    /// <summary>Who may hold stock and so ship, receive and reject: manufacturer, wholesaler, pharmacy.</summary>
    public const string Holder = "Holder";
    /// <summary>Who may recall: the manufacturer (everywhere) and a regulator (in its country).</summary>
    public const string Recaller = "Recaller";

    /// <summary>Registers the policies.</summary>
    public static void AddPolicies(Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddPolicy(Regulator, p => p.RequireRole(Regulator))
            .AddPolicy(Manufacturer, p => p.RequireRole(Manufacturer))
            .AddPolicy(Customs, p => p.RequireRole(Customs))
            .AddPolicy(Holder, p => p.RequireRole(Manufacturer, nameof(PharmaLedger.Role.Wholesaler), nameof(PharmaLedger.Role.Pharmacy)))
            .AddPolicy(Recaller, p => p.RequireRole(Manufacturer, Regulator));
    }
}
