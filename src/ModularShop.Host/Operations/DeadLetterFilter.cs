using JasperFx.Core;
using ModularShop.BuildingBlocks.Validation;
using Wolverine.Persistence.Durability.DeadLetterManagement;

namespace ModularShop.Host.Operations;

/// <summary>
/// Which of a module's dead letters an operator means: of one message (its stable name), of one exception type, failed
/// between <see cref="From"/> and <see cref="To"/> (both included). Every criterion left out matches everything.
/// </summary>
internal sealed record DeadLetterFilter(string? MessageType, string? ExceptionType, DateTimeOffset? From, DateTimeOffset? To)
{
    public const int MaxTextLength = 250;

    public static DeadLetterFilter Checked(string? messageType, string? exceptionType, DateTimeOffset? from, DateTimeOffset? to)
    {
        var errors = new List<ValidationError>();
        CheckText("messageType", messageType, errors);
        CheckText("exceptionType", exceptionType, errors);
        if (from > to)
        {
            errors.Add(new ValidationError("to", "must not be before from"));
        }

        return errors.Count > 0
            ? throw new RequestValidationException(errors)
            : new DeadLetterFilter(NullIfBlank(messageType), NullIfBlank(exceptionType), from, to);
    }

    /// <summary>Wolverine's query of the module's dead letters (those its queue received) that match.</summary>
    public DeadLetterEnvelopeQuery QueryAt(string listener) => new()
    {
        ReceivedAt = listener,
        MessageType = MessageType,
        ExceptionType = ExceptionType,
        Range = new TimeRange(From, To),
        RangeOn = DeadLetterTimeField.FailedAt,
    };

    private static void CheckText(string field, string? value, List<ValidationError> errors)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > MaxTextLength)
        {
            errors.Add(new ValidationError(field, $"must be at most {MaxTextLength} characters"));
        }

        // PostgreSQL can neither store nor compare U+0000 in text.
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            errors.Add(new ValidationError(field, "must not contain the character U+0000"));
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
