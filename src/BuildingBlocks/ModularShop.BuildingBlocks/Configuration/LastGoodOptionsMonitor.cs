using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>
/// <see cref="IOptionsMonitor{TOptions}"/> for settings that may change while the shop runs. Each reload of
/// configuration binds and validates the section again: a valid change takes effect and is logged; an invalid one is
/// refused and logged with every failure, and the last good value stays in force. (The framework's own monitor would
/// throw to every reader until the setting is fixed.) <see cref="IOptions{TOptions}"/> stays what it was at start.
/// </summary>
internal sealed partial class LastGoodOptionsMonitor<TOptions> : IOptionsMonitor<TOptions>, IDisposable where TOptions : class
{
    private readonly IOptionsFactory<TOptions> _factory;
    private readonly LiveSection<TOptions> _section;
    private readonly ILogger _logger;
    private readonly List<IDisposable> _registrations;
    private readonly Lock _listenersLock = new();
    private readonly Lazy<TOptions> _atStart;
    private List<Action<TOptions, string?>> _listeners = [];
    private TOptions? _current;

    public LastGoodOptionsMonitor(
        IOptionsFactory<TOptions> factory,
        IEnumerable<IOptionsChangeTokenSource<TOptions>> sources,
        LiveSection<TOptions> section,
        ILogger<LastGoodOptionsMonitor<TOptions>> logger)
    {
        _factory = factory;
        _section = section;
        _logger = logger;
        _atStart = new Lazy<TOptions>(() => factory.Create(Options.DefaultName));
        _registrations = sources.Select(source => ChangeToken.OnChange(source.GetChangeToken, Reload)).ToList();
    }

    /// <summary>The last value that validated; the first read validates as the start does, and throws if it fails.</summary>
    public TOptions CurrentValue => Volatile.Read(ref _current) ?? _atStart.Value;

    public TOptions Get(string? name) => string.IsNullOrEmpty(name) ? CurrentValue : _factory.Create(name);

    public IDisposable? OnChange(Action<TOptions, string?> listener)
    {
        lock (_listenersLock)
        {
            _listeners = [.. _listeners, listener];
        }

        return new Unsubscription(() =>
        {
            lock (_listenersLock)
            {
                _listeners = _listeners.Where(other => other != listener).ToList();
            }
        });
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void Reload()
    {
        TOptions next;
        try
        {
            next = _factory.Create(Options.DefaultName);
        }
        catch (OptionsValidationException invalid)
        {
            Refused(_logger, _section.Name, string.Join(" ", invalid.Failures));
            return;
        }
        catch (InvalidOperationException unreadable)
        {
            // The binder names the key and the type it wanted.
            Refused(_logger, _section.Name, unreadable.Message);
            return;
        }

        var previous = CurrentValue;
        if (JsonSerializer.Serialize(previous) == JsonSerializer.Serialize(next))
        {
            return;
        }

        Volatile.Write(ref _current, next);
        Changed(_logger, _section.Name, JsonSerializer.Serialize(next));
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            listener(next, Options.DefaultName);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings {Section} changed while running and are in force: {Settings}")]
    private static partial void Changed(ILogger logger, string section, string settings);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settings {Section} changed to values that are not valid, and the change is refused; the last good values stay in force. {Failures}")]
    private static partial void Refused(ILogger logger, string section, string failures);

    private sealed class Unsubscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}

/// <summary>The configuration section a live settings class is read from, for what its monitor logs.</summary>
internal sealed record LiveSection<TOptions>(string Name);
