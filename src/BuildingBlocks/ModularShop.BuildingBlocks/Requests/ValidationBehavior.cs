using MediatR;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.BuildingBlocks.Requests;

/// <summary>Runs every validator of the request and stops it, with all the errors at once, before the handler can write anything.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = validators.SelectMany(validator => validator.Validate(request)).ToList();
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return next();
    }
}
