using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using PharmaTrace.Api.Storage;

namespace PharmaTrace.Api.Hosting;

/// <summary>
/// <c>Idempotency-Key</c> on POST (IETF draft-ietf-httpapi-idempotency-key-header): the first answer
/// to a key is stored with a hash of the request; the same key with the same request gets that
/// answer again and writes nothing; with a different request it is refused with 422; while the
/// first is still running, with 409. Keys are scoped to the caller's participant. Refusals (409 with
/// the contract's error, 4xx) are answers and are stored; answers that say "try again" (429, 5xx)
/// and failures are not, so a retry really retries.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, ApiDatabase database)
{
    public const string HeaderName = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Headers.TryGetValue(HeaderName, out var keys) || string.IsNullOrEmpty(keys[0]))
        {
            await next(context);
            return;
        }
        var key = keys[0]!;
        if (key.Length > 200)
        {
            await WriteProblemAsync(context, 400, "The request is invalid", $"The {HeaderName} header must be at most 200 characters.");
            return;
        }
        var participant = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        context.Request.EnableBuffering();
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hasher.AppendData(System.Text.Encoding.UTF8.GetBytes($"{context.Request.Method} {context.Request.Path}\n"));
        var buffer = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            hasher.AppendData(buffer, 0, read);
        }
        context.Request.Body.Position = 0;
        var requestHash = hasher.GetHashAndReset();

        using (var connection = database.Open())
        {
            if (!TryClaim(connection, participant, key, requestHash))
            {
                await ReplayAsync(context, connection, participant, key, requestHash);
                return;
            }
        }
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        var stored = false;
        try
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (IsFinalRefusal(e) && !context.Response.HasStarted)
            {
                // A refusal (the contract's custom error, a bad request) is the answer to this request:
                // written here, inside, by the one exception handler, so that it is stored and a retry
                // gets it again instead of a second attempt.
                foreach (var handler in context.RequestServices.GetServices<Microsoft.AspNetCore.Diagnostics.IExceptionHandler>())
                {
                    if (await handler.TryHandleAsync(context, e, context.RequestAborted))
                    {
                        break;
                    }
                }
            }
            var status = context.Response.StatusCode;
            if (status is < 500 and not 429)
            {
                using var connection = database.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE idempotency SET status = $s, content_type = $c, body = $b, location = $l WHERE participant = $p AND key = $k";
                command.Parameters.AddWithValue("$s", status);
                command.Parameters.AddWithValue("$c", (object?)context.Response.ContentType ?? DBNull.Value);
                command.Parameters.AddWithValue("$b", captured.ToArray());
                command.Parameters.AddWithValue("$l", (object?)context.Response.Headers.Location.ToString() ?? DBNull.Value);
                command.Parameters.AddWithValue("$p", participant);
                command.Parameters.AddWithValue("$k", key);
                command.ExecuteNonQuery();
                stored = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!stored)
            {
                using var connection = database.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM idempotency WHERE participant = $p AND key = $k AND status IS NULL";
                command.Parameters.AddWithValue("$p", participant);
                command.Parameters.AddWithValue("$k", key);
                command.ExecuteNonQuery();
            }
            captured.Position = 0;
            await captured.CopyToAsync(original, CancellationToken.None);
        }
    }

    private static bool IsFinalRefusal(Exception e) =>
        e is Ledger.Sending.TransactionRevertedException or Problems.RequestValidationException
        || (e is Problems.ApiProblemException p && p.Status is >= 400 and < 500 and not 429);

    private static bool TryClaim(SqliteConnection connection, string participant, string key, byte[] requestHash)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO idempotency (participant, key, request_hash, created_at) VALUES ($p, $k, $h, $t)";
        command.Parameters.AddWithValue("$p", participant);
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$h", requestHash);
        command.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return command.ExecuteNonQuery() == 1;
    }

    private static async Task ReplayAsync(HttpContext context, SqliteConnection connection, string participant, string key, byte[] requestHash)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT request_hash, status, content_type, body, location FROM idempotency WHERE participant = $p AND key = $k";
        command.Parameters.AddWithValue("$p", participant);
        command.Parameters.AddWithValue("$k", key);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            await WriteProblemAsync(context, 409, "Idempotency-Key in use", "Retry: the first request with this key just ended without an answer to keep.");
            return;
        }
        if (!CryptographicOperations.FixedTimeEquals((byte[])reader[0], requestHash))
        {
            await WriteProblemAsync(context, 422, "Idempotency-Key reused", $"The {HeaderName} {key} was already used for a different request; use a new key for a new request.");
            return;
        }
        if (reader.IsDBNull(1))
        {
            await WriteProblemAsync(context, 409, "Request in progress", $"The first request with {HeaderName} {key} is still running; retry later.");
            return;
        }
        context.Response.StatusCode = reader.GetInt32(1);
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (!reader.IsDBNull(2))
        {
            context.Response.ContentType = reader.GetString(2);
        }
        if (!reader.IsDBNull(4) && reader.GetString(4).Length > 0)
        {
            context.Response.Headers.Location = reader.GetString(4);
        }
        await context.Response.Body.WriteAsync((byte[])reader[3], context.RequestAborted);
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context, ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
