namespace ModularShop.BuildingBlocks.Persistence.Migrations;

/// <summary>
/// Marks the contract step of an expand/contract change: it removes what the version before still uses, so it may
/// run only once no process of that version is left. The shop never runs it at start; an operator names it
/// (<c>migrate &lt;module&gt; up &lt;version or name&gt;</c>) after the rollout, and the migrations after it wait with it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ContractStepAttribute : Attribute;
