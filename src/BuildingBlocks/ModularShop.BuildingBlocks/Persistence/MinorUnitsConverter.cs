using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// Stores an amount of money as a whole number of cents, which every database compares and sums exactly
/// (SQLite has no exact decimal type). Amounts are validated to two decimals before they get here.
/// </summary>
public sealed class MinorUnitsConverter() : ValueConverter<decimal, long>(
    amount => (long)(amount * 100m),
    cents => cents / 100m);
