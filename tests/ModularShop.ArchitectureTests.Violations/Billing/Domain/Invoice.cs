using Microsoft.EntityFrameworkCore;

namespace ModularShop.ArchitectureTests.Violations.Billing.Domain;

/// <summary>Breaks "the domain knows no EF Core" (its index attribute) and "entities are not public".</summary>
[Index(nameof(Number))]
public sealed class Invoice
{
    public Guid Id { get; set; }

    public string Number { get; set; } = "";
}
