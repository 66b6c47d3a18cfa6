using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Host.Operations;

/// <summary>What the dead letter routes of <see cref="OperationsApi"/> answer.</summary>
internal static class DeadLetterEndpoints
{
    public static async Task<IResult> ListAsync(
        HttpContext context, string? messageType, string? exceptionType, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        ModuleDeadLetters deadLetters, OperationsSettings settings, CancellationToken cancellationToken)
    {
        var filter = DeadLetterFilter.Checked(messageType, exceptionType, from, to);
        var (pageNumber, size) = (page ?? 1, pageSize ?? settings.MaxPageSize);
        if (PageValidation.Check(pageNumber, size, settings.MaxPageSize).ToList() is { Count: > 0 } errors)
        {
            throw new RequestValidationException(errors);
        }

        return TypedResults.Ok(await deadLetters.ListAsync(ModuleRunsHere.Of(context), filter, pageNumber, size, cancellationToken));
    }

    public static async Task<IResult> GetAsync(HttpContext context, Guid id, ModuleDeadLetters deadLetters, CancellationToken cancellationToken) =>
        TypedResults.Ok(await deadLetters.GetAsync(ModuleRunsHere.Of(context), id, cancellationToken));

    public static async Task<IResult> ReplayAsync(HttpContext context, Guid id, ModuleDeadLetters deadLetters, CancellationToken cancellationToken)
    {
        await deadLetters.ReplayAsync(ModuleRunsHere.Of(context), id, cancellationToken);
        return TypedResults.Accepted((string?)null, new DeadLettersAffected(1));
    }

    public static async Task<IResult> ReplayMatchingAsync(
        HttpContext context, string? messageType, string? exceptionType, DateTimeOffset? from, DateTimeOffset? to,
        ModuleDeadLetters deadLetters, CancellationToken cancellationToken)
    {
        var filter = DeadLetterFilter.Checked(messageType, exceptionType, from, to);
        return TypedResults.Accepted((string?)null, new DeadLettersAffected(await deadLetters.ReplayAsync(ModuleRunsHere.Of(context), filter, cancellationToken)));
    }

    public static async Task<IResult> DiscardAsync(HttpContext context, Guid id, ModuleDeadLetters deadLetters, CancellationToken cancellationToken)
    {
        await deadLetters.DiscardAsync(ModuleRunsHere.Of(context), id, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> DiscardMatchingAsync(
        HttpContext context, string? messageType, string? exceptionType, DateTimeOffset? from, DateTimeOffset? to,
        ModuleDeadLetters deadLetters, CancellationToken cancellationToken)
    {
        var filter = DeadLetterFilter.Checked(messageType, exceptionType, from, to);
        return TypedResults.Ok(new DeadLettersAffected(await deadLetters.DiscardAsync(ModuleRunsHere.Of(context), filter, cancellationToken)));
    }
}
