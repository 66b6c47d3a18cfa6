namespace ModularShop.BuildingBlocks.Security;

/// <summary>The caller of the current request: a customer is identified by the token's subject.</summary>
public interface ICurrentUser
{
    /// <summary>
    /// The token's subject; only available on endpoints that require a signed-in user. A subject that is no
    /// usable customer id (<see cref="CustomerIds"/>) is refused here, as an invalid request naming <c>sub</c>.
    /// </summary>
    string Id { get; }

    bool IsAdmin { get; }
}
