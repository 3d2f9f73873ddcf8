using PharmaTrace.Indexer.Epcis.Query;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Epcis;

/// <summary>Registers the EPCIS projection (after the domain projection) and the EPCIS query service.</summary>
public static class EpcisServiceCollectionExtensions
{
    public static IServiceCollection AddEpcis(this IServiceCollection services)
    {
        services.AddSingleton<ILedgerProjection, EpcisProjection>();
        services.AddSingleton(new EpcisPageToken());
        services.AddSingleton<EpcisQueryService>();
        return services;
    }
}
