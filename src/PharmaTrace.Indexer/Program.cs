using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PharmaTrace.Indexer;
using PharmaTrace.Indexer.Epcis;

// The indexer alone: follows PharmaTrace:Chain:RpcUrl and serves the read model on loopback.
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["PharmaTrace:Indexer:Urls"] ?? "http://127.0.0.1:5080");
builder.Services.AddProblemDetails();
builder.Services.AddPharmaTraceIndexer(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapReadModelEndpoints();
app.MapEpcisEndpoints();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready");
await app.RunAsync();
