using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.Modules.Cart.Features.Checkout;

internal sealed class CheckoutCartValidator : IValidator<CheckoutCart>
{
    public const int MaxTokenLength = 100;

    public IEnumerable<ValidationError> Validate(CheckoutCart request)
    {
        if (string.IsNullOrWhiteSpace(request.PaymentToken) || request.PaymentToken.Length > MaxTokenLength || request.PaymentToken.Any(char.IsWhiteSpace))
        {
            yield return new ValidationError("paymentToken", $"must be the card token from the payment form: 1 to {MaxTokenLength} characters without spaces");
        }

        foreach (var error in ShippingAddressValidation.Check(request.ShippingAddress))
        {
            yield return error;
        }
    }
}
