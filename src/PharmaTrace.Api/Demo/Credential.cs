using System.ComponentModel;

namespace PharmaTrace.Api.Demo;

/// <summary>One participant's credentials, as written to <c>demo-credentials.json</c> (and, for founders, <c>secrets/founders.json</c>).</summary>
[Description("A participant and its API key.")]
public sealed record Credential(string Name, string Role, string Country, string Gln, string Address, string ApiKey);
