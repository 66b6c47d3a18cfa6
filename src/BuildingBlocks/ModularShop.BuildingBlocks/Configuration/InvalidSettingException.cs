namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>A setting the shop cannot run with. The message names the setting and says what to do; the host prints it and stops.</summary>
public sealed class InvalidSettingException(string message) : Exception(message);
