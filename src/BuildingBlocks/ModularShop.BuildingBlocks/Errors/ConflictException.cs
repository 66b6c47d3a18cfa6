namespace ModularShop.BuildingBlocks.Errors;

/// <summary>The request clashes with the current state, such as a duplicate key. Answered with 409.</summary>
public sealed class ConflictException(string message) : Exception(message);
