using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>The database role each module connects as, and its password, read from <c>Database:Roles</c>.</summary>
public sealed class ModuleRoles(DatabaseOptions options)
{
    public const string RolePrefix = "modularshop_";

    public static string DefaultUsernameOf(ModuleDescriptor module) => RolePrefix + module.Key;

    public string UsernameOf(ModuleDescriptor module) =>
        options.Roles.TryGetValue(module.Name, out var role) && !string.IsNullOrWhiteSpace(role.Username)
            ? role.Username
            : DefaultUsernameOf(module);

    public string PasswordOf(ModuleDescriptor module) =>
        options.Roles.TryGetValue(module.Name, out var role) && !string.IsNullOrEmpty(role.Password)
            ? role.Password
            : throw new InvalidSettingException(
                $"{DatabaseOptions.Section}:Roles:{module.Name}:Password is not set. Each module connects to the database as a role of its own; " +
                $"set its password in configuration or in the environment ({DatabaseOptions.Section}__Roles__{module.Name}__Password).");
}
