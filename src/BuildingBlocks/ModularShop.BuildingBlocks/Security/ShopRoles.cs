namespace ModularShop.BuildingBlocks.Security;

public static class ShopRoles
{
    public const string Admin = "admin";
}

/// <summary>Claim names as they appear in our tokens (inbound claim mapping is off).</summary>
public static class ShopClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
}
