namespace ModularShop.BuildingBlocks.Security;

/// <summary>
/// A customer id is a token's subject that every module can store and look up: not blank, at most
/// <see cref="MaxLength"/> characters, and without U+0000, which PostgreSQL cannot hold in text.
/// </summary>
public static class CustomerIds
{
    public const int MaxLength = 200;

    public static readonly string Requirement = $"the token's subject must be 1 to {MaxLength} characters, not only spaces, and without the character U+0000";

    public static bool IsUsable(string subject) => !string.IsNullOrWhiteSpace(subject) && subject.Length <= MaxLength && !subject.Contains('\0', StringComparison.Ordinal);
}
