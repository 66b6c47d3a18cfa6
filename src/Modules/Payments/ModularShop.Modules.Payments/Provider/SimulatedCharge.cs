using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Modules.Payments.Domain;

namespace ModularShop.Modules.Payments.Provider;

/// <summary>
/// The simulated provider's own book of what it authorized. It lives in its own table and is written in its own
/// transaction, never in ours, exactly as a real provider's records would be out of our hands.
/// </summary>
internal sealed class SimulatedCharge
{
    public required string IdempotencyKey { get; init; }

    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    public required bool Approved { get; init; }

    public string? AuthorizationId { get; init; }

    public string? Reason { get; init; }

    public bool Voided { get; set; }

    /// <summary>Decided at authorization, by the token: the issuer will refuse to let the amount be taken.</summary>
    public bool CaptureDeclined { get; init; }

    public DateTimeOffset? CapturedAt { get; set; }

    public DateTimeOffset? RefundedAt { get; set; }

    public required DateTimeOffset At { get; init; }

    public ProviderAnswer Answer() => Approved ? ProviderAnswer.Approve(AuthorizationId!) : ProviderAnswer.Refuse(Reason!);
}

internal sealed class SimulatedChargeConfiguration : IEntityTypeConfiguration<SimulatedCharge>
{
    public void Configure(EntityTypeBuilder<SimulatedCharge> builder)
    {
        builder.ToTable("simulator_ledger");
        builder.HasKey(charge => charge.IdempotencyKey);
        builder.Property(charge => charge.IdempotencyKey).HasMaxLength(PaymentTextLengths.IdempotencyKey);
        builder.Property(charge => charge.Amount).HasColumnName("amount_cents").HasConversion<MinorUnitsConverter>();
        builder.Property(charge => charge.Currency).HasMaxLength(PaymentTextLengths.Currency).IsFixedLength();
        builder.Property(charge => charge.AuthorizationId).HasMaxLength(PaymentTextLengths.AuthorizationId);
        builder.Property(charge => charge.Reason).HasMaxLength(PaymentTextLengths.Reason);
    }
}
