namespace PharmaTrace.Api.Pharmacy;

/// <summary>GS1 parsing, pack verification and decommissioning (issue 6).</summary>
public static class PharmacyEndpoints
{
    // SCAFFOLD: replaced by the pharmacy endpoints (issue 6).
    public static IServiceCollection AddPharmacy(this IServiceCollection services) => services;

    // SCAFFOLD: replaced by the pharmacy endpoints (issue 6).
    public static IEndpointRouteBuilder MapPharmacyEndpoints(this IEndpointRouteBuilder app) => app;
}
