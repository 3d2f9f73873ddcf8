using Microsoft.Extensions.Configuration;

namespace PharmaTrace.Indexer;

/// <summary>Registers the read model, the chain follower and the projections.</summary>
public static class IndexerServiceCollectionExtensions
{
    // SCAFFOLD: replaced by the indexer (issue 5).
    public static IServiceCollection AddPharmaTraceIndexer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
