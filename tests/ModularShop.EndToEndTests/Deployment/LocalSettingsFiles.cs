using ModularShop.Host.Configuration;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>
/// The settings file a container reads, copied out of the ConfigMap mounted for it into a temporary file: no kubelet
/// mounts it here, and the host refuses to start without the file its <c>SettingsFile</c> names.
/// </summary>
internal sealed class LocalSettingsFiles : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("modularshop-settings-");

    /// <summary>The settings file the container reads as <c>SettingsFile</c>, if any, as its path in the container.</summary>
    public static string? PathIn(KubernetesManifests manifests, Container container) =>
        manifests.SettingsOf(container).SingleOrDefault(setting => setting.Key == SettingsFile.Key)?.Value;

    /// <summary>The host's command line in the container, with <c>SettingsFile</c> naming a copy of the file it mounts.</summary>
    public string[] HostArguments(KubernetesManifests manifests, Workload workload, Container container)
    {
        var arguments = manifests.HostArguments(container);
        if (PathIn(manifests, container) is not { } path)
        {
            return arguments;
        }

        var copy = Path.Combine(_directory.FullName, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(copy, manifests.FileAt(workload, container, path).Content);

        // Of a key given twice on the command line, the last is the one in force.
        return [.. arguments, $"--{SettingsFile.Key}={copy}"];
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
