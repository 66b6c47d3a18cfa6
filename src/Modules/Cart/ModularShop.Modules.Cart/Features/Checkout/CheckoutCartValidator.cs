using ModularShop.BuildingBlocks.Validation;
using ModularShop.Modules.Cart.Contracts;

namespace ModularShop.Modules.Cart.Features.Checkout;

internal sealed class CheckoutCartValidator : IValidator<CheckoutCart>
{
    public IEnumerable<ValidationError> Validate(CheckoutCart request)
    {
        if (string.IsNullOrWhiteSpace(request.PaymentToken) || request.PaymentToken.Length > CartCheckedOut.MaxPaymentTokenLength || request.PaymentToken.Any(char.IsWhiteSpace))
        {
            yield return new ValidationError("paymentToken", $"must be the card token from the payment form: 1 to {CartCheckedOut.MaxPaymentTokenLength} characters without spaces");
        }

        foreach (var error in ShippingAddressValidation.Check(request.ShippingAddress))
        {
            yield return error;
        }
    }
}
