using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PharmaTrace.Indexer.Epcis;
using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Hosting;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Queries;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer;

/// <summary>Registers the read model, the chain follower and the projections.</summary>
public static class IndexerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the read model (provider from <c>PharmaTrace:ReadModel</c>; an unknown one throws here, at
    /// start-up), the store with two lanes written side by side, the domain projection's and the EPCIS one's
    /// (<see cref="EpcisServiceCollectionExtensions.AddEpcis"/>, in its own database on SQLite), the follower as
    /// a hosted service, its status and metrics, the <c>indexer</c> health check and the query services.
    /// The chain comes from <see cref="ILedgerConnectionSource"/>; a host that registered its own keeps it.
    /// </summary>
    public static IServiceCollection AddPharmaTraceIndexer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var readModel = ReadModelOptions.FromConfiguration(configuration);
        var indexer = IndexerOptions.FromConfiguration(configuration);
        services.AddSingleton(readModel);
        services.AddSingleton(indexer);
        services.AddSingleton(sp => new ReadModelDatabase(sp.GetRequiredService<ReadModelOptions>()));
        services.AddSingleton<DomainProjection>();
        services.AddEpcis();
        services.AddSingleton(sp => new IndexerStore(
        [
            new ProjectionLane(1, "domain read model", sp.GetRequiredService<ReadModelDatabase>(), [sp.GetRequiredService<DomainProjection>()]),
            new ProjectionLane(2, "EPCIS read model", sp.GetRequiredService<EpcisReadModel>().Database, [sp.GetRequiredService<EpcisProjection>()]),
        ]));
        services.AddSingleton<IndexerStatus>();
        services.AddSingleton<IndexerMetrics>();
        services.TryAddSingleton<ILedgerConnectionSource, ConfigurationLedgerConnectionSource>();
        services.AddHostedService<ChainFollowerService>();
        services.AddHealthChecks().AddCheck<IndexerHealthCheck>(IndexerHealthCheck.Name, tags: ["ready"]);
        services.AddSingleton<ParticipantQueries>();
        services.AddSingleton<BatchQueries>();
        services.AddSingleton<ShipmentQueries>();
        services.AddSingleton<ProvenanceQueries>();
        return services;
    }
}
