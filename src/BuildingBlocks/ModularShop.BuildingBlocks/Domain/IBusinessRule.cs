namespace ModularShop.BuildingBlocks.Domain;

/// <summary>A business rule as a small named class, so the domain reads like the rules it enforces.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }
}
