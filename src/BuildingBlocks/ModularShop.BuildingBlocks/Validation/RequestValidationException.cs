namespace ModularShop.BuildingBlocks.Validation;

/// <summary>A request failed validation; nothing was written. Answered with 400 and every invalid field.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IReadOnlyList<ValidationError> errors)
        : base("The request is invalid: " + string.Join("; ", errors.Select(error => $"{error.Field} {error.Message}")))
    {
        Errors = errors;
    }

    public RequestValidationException(string field, string message)
        : this([new ValidationError(field, message)])
    {
    }

    public IReadOnlyList<ValidationError> Errors { get; }
}
