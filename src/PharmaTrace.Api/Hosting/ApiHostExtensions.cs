using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using PharmaTrace.Api.Chain;
using PharmaTrace.Api.Demo;
using PharmaTrace.Api.Endpoints;
using PharmaTrace.Api.Problems;
using PharmaTrace.Api.Security;
using PharmaTrace.Api.Storage;
using PharmaTrace.Api.Writes;
using PharmaTrace.Indexer.Hosting;

namespace PharmaTrace.Api.Hosting;

/// <summary>The pieces Program.cs lists, one method each.</summary>
public static class ApiHostExtensions
{
    /// <summary>A batch of 100,000 serials of up to 20 characters is about 2.5 MB of JSON.</summary>
    public const long MaxRequestBodyBytes = 4 * 1024 * 1024;

    public static ApiSettings AddPharmaTraceSettings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = ApiSettings.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(KeyEncryptionKey.Load(builder.Configuration, builder.Environment, settings));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        return settings;
    }

    public static IServiceCollection AddProblemResponses(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // Kestrel refuses an oversized Content-Length before any endpoint runs: say what the limit is.
            if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge && context.ProblemDetails.Detail is null)
            {
                context.ProblemDetails.Title = "Request too large";
                context.ProblemDetails.Detail = $"The body exceeds {MaxRequestBodyBytes / (1024 * 1024)} MB (a batch of 100,000 serials fits).";
            }
        }).AddExceptionHandler<ApiExceptionHandler>();

    public static IServiceCollection AddApiKeySecurity(this IServiceCollection services)
    {
        services.AddSingleton<ApiDatabase>().AddSingleton<ApiKeyStore>().AddSingleton<SigningKeyVault>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        Roles.AddPolicies(services.AddAuthorizationBuilder());
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per API key (per client address without one): a token bucket refilled every second.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var rate = context.RequestServices.GetRequiredService<ApiSettings>().RequestsPerSecond;
                return RateLimitPartition.GetTokenBucketLimiter(
                    context.Request.Headers[ApiKeyAuthenticationHandler.HeaderName].FirstOrDefault() ?? context.Connection.RemoteIpAddress?.ToString() ?? "-",
                    _ => new TokenBucketRateLimiterOptions { TokenLimit = rate, TokensPerPeriod = rate, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0 });
            });
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = "This API key sent more requests than its rate allows; retry after a second." },
                });
            };
        });
    }

    public static IServiceCollection AddLedgerChain(this IServiceCollection services)
    {
        services.AddHttpClient("ledger");
        services.AddSingleton<LedgerChain>().AddSingleton<ILedgerConnectionSource>(s => s.GetRequiredService<LedgerChain>());
        services.AddSingleton<ConsortiumFounding>().AddSingleton<DemoSeeder>().AddHostedService<ChainBootstrapper>();
        return services;
    }

    public static IServiceCollection AddWritePipeline(this IServiceCollection services)
    {
        services.AddSingleton<OutboxStore>().AddSingleton<OutboxMonitor>().AddHostedService(s => s.GetRequiredService<OutboxMonitor>());
        services.AddSingleton<WriteServices>().AddSingleton(s => new WritePipeline(s.GetRequiredService<WriteServices>()));
        services.AddHostedService(s => s.GetRequiredService<WritePipeline>());
        return services.AddSingleton<ParticipantAdmission>();
    }

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(o => o.AddDocumentTransformer<ApiKeySecurityTransformer>());

    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ChainHealthCheck>("chain", tags: ["ready"]).AddCheck<DatabaseHealthCheck>("api-database", tags: ["ready"]);
        return services;
    }

    public static void MapHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        // Every registered check counts for readiness, the indexer's ("indexer") included.
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = _ => true, ResponseWriter = HealthReportJson.WriteAsync });
    }

    public static void MapApiDocumentation(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "PharmaTrace v1");
            o.RoutePrefix = "swagger";
        });
    }

    /// <summary>The write side of <c>/api/v1</c>, beside the indexer's read side.</summary>
    public static void MapWriteEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409).ProducesProblem(413).ProducesProblem(422).ProducesProblem(429).ProducesProblem(503);
        api.MapParticipantWrites().MapCountryWrites().MapBatchWrites().MapShipmentWrites().MapOperations();
    }
}
