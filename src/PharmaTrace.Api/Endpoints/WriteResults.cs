using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Api.Writes;

namespace PharmaTrace.Api.Endpoints;

/// <summary>201 when the write is mined within the time budget, 202 (with the operation to poll) when it is still on its way.</summary>
public static class WriteResults
{
    public static Results<Created<T>, Accepted<T>> Of<T>(OperationStatus operation, string location, T body)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return operation.State == OperationState.Completed
            ? TypedResults.Created(location, body)
            : TypedResults.Accepted($"/api/v1/operations/{operation.Id}", body);
    }
}
