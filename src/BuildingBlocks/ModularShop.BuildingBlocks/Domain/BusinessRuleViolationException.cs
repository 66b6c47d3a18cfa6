namespace ModularShop.BuildingBlocks.Domain;

/// <summary>A well-formed request that a business rule forbids in the current state. Answered with 422.</summary>
public sealed class BusinessRuleViolationException(IBusinessRule rule) : Exception(rule.Message)
{
    public string Rule { get; } = rule.GetType().Name;
}
