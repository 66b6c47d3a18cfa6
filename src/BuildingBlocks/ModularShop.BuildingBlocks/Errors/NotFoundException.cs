namespace ModularShop.BuildingBlocks.Errors;

/// <summary>What the request refers to does not exist (or is not the caller's). Answered with 404.</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}
