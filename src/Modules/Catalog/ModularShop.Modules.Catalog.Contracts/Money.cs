namespace ModularShop.Modules.Catalog.Contracts;

/// <summary>An amount in a currency, which travel together so that neither is read without the other.</summary>
/// <param name="Currency">Three upper-case letters (ISO 4217), such as EUR.</param>
public sealed record Money(decimal Amount, string Currency);
