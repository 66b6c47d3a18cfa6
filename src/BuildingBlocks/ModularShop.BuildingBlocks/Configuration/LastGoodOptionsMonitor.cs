using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>
/// <see cref="IOptionsMonitor{TOptions}"/> as a <see cref="LiveValue{T}"/>: a change that does not validate leaves the
/// last good value in force, where the framework's own monitor would throw to every reader until the setting is fixed.
/// <see cref="IOptions{TOptions}"/> stays what it was at start.
/// </summary>
internal sealed class LastGoodOptionsMonitor<TOptions> : IOptionsMonitor<TOptions>, IDisposable where TOptions : class
{
    private readonly IOptionsFactory<TOptions> _factory;
    private readonly Lazy<LiveValue<TOptions>> _live;

    public LastGoodOptionsMonitor(
        IOptionsFactory<TOptions> factory,
        IEnumerable<IOptionsChangeTokenSource<TOptions>> sources,
        LiveSection<TOptions> section,
        ILogger<LastGoodOptionsMonitor<TOptions>> logger,
        SettingsChanges counted)
    {
        _factory = factory;
        var changes = sources.ToList();

        // Created at the first read, which validates as the start does and throws if the settings are wrong.
        _live = new Lazy<LiveValue<TOptions>>(() => new LiveValue<TOptions>(
            section.Name,
            () => factory.Create(Options.DefaultName),
            () => new CompositeChangeToken([.. changes.Select(source => source.GetChangeToken())]),
            logger,
            counted));
    }

    public TOptions CurrentValue => _live.Value.Current;

    public TOptions Get(string? name) => string.IsNullOrEmpty(name) ? CurrentValue : _factory.Create(name);

    public IDisposable OnChange(Action<TOptions, string?> listener)
    {
        Action<TOptions> changed = options => listener(options, Options.DefaultName);
        _live.Value.Changed += changed;
        return new Unsubscription(() => _live.Value.Changed -= changed);
    }

    public void Dispose()
    {
        if (_live.IsValueCreated)
        {
            _live.Value.Dispose();
        }
    }

    private sealed class Unsubscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}

/// <summary>The configuration section a live settings class is read from, for what its monitor logs.</summary>
internal sealed record LiveSection<TOptions>(string Name);
