using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>
/// Settings that follow configuration while the shop runs: on each reload they are read and validated again; a valid
/// change takes effect and is logged; an invalid one is refused and logged with every failure, and the last good value
/// stays in force. The first read is the start's, and throws what it finds wrong.
/// </summary>
public sealed partial class LiveValue<T> : IDisposable where T : class
{
    private readonly string _name;
    private readonly Func<T> _read;
    private readonly ILogger _logger;
    private readonly SettingsChanges _changes;
    private readonly IDisposable _registration;
    private T _current;

    /// <param name="name">What the settings are called in the log: their section, <c>Gateway</c>.</param>
    public LiveValue(string name, Func<T> read, Func<IChangeToken?> changes, ILogger logger, SettingsChanges counted)
    {
        _name = name;
        _read = read;
        _logger = logger;
        _changes = counted;
        _current = read();
        _registration = ChangeToken.OnChange(changes, Reload);
    }

    public T Current => Volatile.Read(ref _current);

    /// <summary>Raised with the new value after a valid change has taken effect.</summary>
    public event Action<T>? Changed;

    public void Dispose() => _registration.Dispose();

    private void Reload()
    {
        T next;
        try
        {
            next = _read();
        }
        catch (Exception wrong) when (FailuresOf(wrong) is { } failures)
        {
            Refused(_logger, _name, string.Join(" ", failures));
            _changes.Record(_name, SettingsChanges.Refused);
            return;
        }

        if (JsonSerializer.Serialize(Current) == JsonSerializer.Serialize(next))
        {
            return;
        }

        Volatile.Write(ref _current, next);
        ChangedInForce(_logger, _name, JsonSerializer.Serialize(next));
        _changes.Record(_name, SettingsChanges.Applied);
        Changed?.Invoke(next);
    }

    /// <summary>What a read found wrong with the settings, or null for a failure of another kind.</summary>
    private static List<string>? FailuresOf(Exception exception) => exception switch
    {
        InvalidSettingException invalid => [invalid.Message],
        OptionsValidationException invalid => [.. invalid.Failures],

        // The binder names the key and the type it wanted.
        InvalidOperationException unreadable => [unreadable.Message],
        AggregateException all when all.InnerExceptions.Select(FailuresOf).ToList() is var each && each.All(failures => failures is not null) =>
            each.SelectMany(failures => failures!).ToList(),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings {Name} changed while running and are in force: {Settings}")]
    private static partial void ChangedInForce(ILogger logger, string name, string settings);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settings {Name} changed to values that are not valid, and the change is refused; the last good values stay in force. {Failures}")]
    private static partial void Refused(ILogger logger, string name, string failures);
}
