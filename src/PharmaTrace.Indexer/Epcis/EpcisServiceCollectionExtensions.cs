using PharmaTrace.Indexer.Epcis.Query;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Epcis;

/// <summary>Registers the EPCIS read model's database, its projection and the EPCIS query service.</summary>
public static class EpcisServiceCollectionExtensions
{
    public static IServiceCollection AddEpcis(this IServiceCollection services)
    {
        services.AddSingleton(sp => new EpcisReadModel(sp.GetRequiredService<ReadModelOptions>()));
        services.AddSingleton<EpcisProjection>();
        services.AddSingleton(new EpcisPageToken());
        services.AddSingleton(sp => new EpcisQueryService(sp.GetRequiredService<EpcisReadModel>().Database, sp.GetRequiredService<EpcisPageToken>()));
        return services;
    }
}
