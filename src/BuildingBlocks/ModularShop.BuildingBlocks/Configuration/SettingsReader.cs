using Microsoft.Extensions.Configuration;

namespace ModularShop.BuildingBlocks.Configuration;

/// <summary>
/// The one way to read settings that are needed while the host is composed, before options validation can run:
/// bind the section, check it with its data annotations, and report every failure at once, each by its full key.
/// </summary>
public static class SettingsReader
{
    public static TSettings Read<TSettings>(IConfiguration configuration, string section) where TSettings : class, new() =>
        Read(configuration, section, new TSettings());

    /// <summary>
    /// Runs one of several reads, keeping its failures in <paramref name="failures"/> instead of throwing them, so that
    /// the caller can report every wrong setting of all its sections at once: null when the read failed.
    /// </summary>
    public static TSettings? Collect<TSettings>(Func<TSettings> read, List<InvalidSettingException> failures) where TSettings : class
    {
        try
        {
            return read();
        }
        catch (InvalidSettingException failure)
        {
            failures.Add(failure);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.All(inner => inner is InvalidSettingException))
        {
            failures.AddRange(aggregate.InnerExceptions.Cast<InvalidSettingException>());
        }

        return null;
    }

    /// <summary>As <see cref="Collect{TSettings}(Func{TSettings}, List{InvalidSettingException})"/>, for a single value: <paramref name="fallback"/> when the read failed.</summary>
    public static T Collect<T>(Func<T> read, T fallback, List<InvalidSettingException> failures)
    {
        try
        {
            return read();
        }
        catch (InvalidSettingException failure)
        {
            failures.Add(failure);
            return fallback;
        }
    }

    /// <summary>Throws the failures <see cref="Collect{TSettings}"/> kept, if there are any.</summary>
    /// <summary>Throws the one wrong setting as it is, or several together.</summary>
    public static void ThrowIfAny(List<InvalidSettingException> failures)
    {
        switch (failures)
        {
            case [var only]:
                throw only;
            case [_, ..]:
                throw new AggregateException(failures);
        }
    }

    /// <summary>Binds <paramref name="section"/> over <paramref name="defaults"/>: keys that are not set keep their value there.</summary>
    public static TSettings Read<TSettings>(IConfiguration configuration, string section, TSettings defaults) where TSettings : class
    {
        try
        {
            configuration.GetSection(section).Bind(defaults);
        }
        catch (InvalidOperationException unreadable)
        {
            // The binder names the key and the type it wanted: "Failed to convert configuration value at 'Http:RequestTimeout' ...".
            throw new InvalidSettingException(unreadable.Message);
        }

        return SettingsValidator<TSettings>.FailuresOf(defaults, section) switch
        {
            [] => defaults,
            [var only] => throw new InvalidSettingException(only),
            var failures => throw new AggregateException(failures.Select(failure => new InvalidSettingException(failure))),
        };
    }
}
