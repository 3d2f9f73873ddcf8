using PharmaTrace.Api.Hosting;
using PharmaTrace.Api.Pharmacy;
using PharmaTrace.Indexer;
using PharmaTrace.Indexer.Epcis;

var builder = WebApplication.CreateBuilder(args);
builder.AddPharmaTraceSettings();                       // data directory, chain, body size limit (Hosting/ApiSettings.cs)
builder.Services.AddProblemResponses();                 // every failure as problem+json (Problems/ApiExceptionHandler.cs)
builder.Services.AddApiKeySecurity();                   // X-Api-Key, roles, sealed signing keys, rate limits (Security/)
builder.Services.AddLedgerChain();                      // embedded Anvil or a configured node; deploy or verify (Chain/)
builder.Services.AddWritePipeline();                    // outbox, signer queues, multicall batching (Writes/)
builder.Services.AddPharmaTraceIndexer(builder.Configuration);
builder.Services.AddPharmacy();
builder.Services.AddApiDocumentation();                 // /openapi/v1.json with the X-Api-Key scheme
builder.Services.AddReadiness();                        // chain, api.db (+ the indexer's own check)

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMiddleware<IdempotencyMiddleware>();
app.MapHealth();
app.MapApiDocumentation();                              // /swagger
var api = app.MapReadModelEndpoints().RequireAuthorization();
api.MapWriteEndpoints();
app.MapEpcisEndpoints().RequireAuthorization();
app.MapPharmacyEndpoints();
app.Run();

// Public so that tests can start the host. (No XML doc: the OpenAPI XML-comment generator keys by
// type name, and the indexer's Program would collide with this one.)
public partial class Program;
