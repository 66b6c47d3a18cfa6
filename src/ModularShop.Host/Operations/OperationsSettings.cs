using System.ComponentModel.DataAnnotations;

namespace ModularShop.Host.Operations;

/// <summary>The <c>Operations</c> section: how the shop watches its message store for operators.</summary>
internal sealed class OperationsSettings
{
    public const string Section = "Operations";

    /// <summary>How often the message store is read for the metrics of waiting messages and dead letters; a scrape reads the last sample.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "00:10:00")]
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most dead letters one page of a list holds.</summary>
    [Range(1, 500)]
    public int MaxPageSize { get; set; } = 100;
}
