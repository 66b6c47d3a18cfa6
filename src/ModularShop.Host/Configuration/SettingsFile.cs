using Microsoft.Extensions.Configuration.Json;

namespace ModularShop.Host.Configuration;

/// <summary>
/// A deployment's configuration centre: a JSON file of settings (a Kubernetes ConfigMap mounted as a file, a file the
/// compose deployment shares), named by <c>SettingsFile</c>. It wins over every other source, and it is read again
/// when it changes, so the settings that are live (<c>IOptionsMonitor</c>) follow it without a restart.
/// </summary>
internal static class SettingsFile
{
    public const string Key = "SettingsFile";

    public static void AddSettingsFile(this ConfigurationManager configuration)
    {
        if (configuration[Key] is not { Length: > 0 } path)
        {
            return;
        }

        var source = new LastGoodJsonFileSource { Path = System.IO.Path.GetFullPath(path), Optional = false, ReloadOnChange = true };
        source.ResolveFileProvider();
        ((IConfigurationBuilder)configuration).Add(source);
    }

    private sealed class LastGoodJsonFileSource : JsonConfigurationSource
    {
        public override IConfigurationProvider Build(IConfigurationBuilder builder)
        {
            EnsureDefaults(builder);
            return new LastGoodJsonFileProvider(this);
        }
    }

    /// <summary>
    /// A file that stops being valid JSON while the shop runs keeps its last good contents in force; the framework's
    /// own provider would drop them all, and every setting would fall back to its default at once. At start, an
    /// invalid file stops the host.
    /// </summary>
    private sealed class LastGoodJsonFileProvider(JsonConfigurationSource source) : JsonConfigurationProvider(source)
    {
        private bool _loaded;

        public override void Load(Stream stream)
        {
            try
            {
                base.Load(stream);
                _loaded = true;
            }
            catch (FormatException unreadable) when (_loaded)
            {
                Console.Error.WriteLine($"ModularShop: the settings file {Source.Path} is not valid JSON, and its change is refused; its last good contents stay in force. {unreadable.Message}");
            }
        }
    }
}
