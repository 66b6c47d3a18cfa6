using System.Text.Json;

namespace ModularShop.Testing;

/// <summary>
/// A settings file (<c>SettingsFile</c>) for one test, rewritten while the shop runs as a deployment's configuration
/// centre would: each write replaces the whole file at once, so the shop never reads half of one.
/// </summary>
public sealed class TestSettingsFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("modularshop-settings-").FullName;

    public TestSettingsFile(object settings) => Write(settings);

    public string Path => System.IO.Path.Combine(_folder, "settings.json");

    public void Write(object settings) => Replace(JsonSerializer.Serialize(settings));

    /// <summary>Writes text as it is, valid JSON or not.</summary>
    public void Replace(string text)
    {
        var next = System.IO.Path.Combine(_folder, $"settings.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(next, text);
        File.Move(next, Path, overwrite: true);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
