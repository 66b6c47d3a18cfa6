using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace ModularShop.ArchitectureTests.Violations.Billing.Features.RaiseInvoice;

/// <summary>Breaks "endpoints are not public".</summary>
public static class RaiseInvoiceEndpoint
{
    public static void MapRaiseInvoice(this IEndpointRouteBuilder api) => api.MapPost("/invoices", () => "raised");
}
