using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ModularShop.EndToEndTests.Deployment;

/// <summary>deploy/prometheus.yml: what Prometheus scrapes, where, and at which path.</summary>
internal sealed class PrometheusConfig
{
    public List<ScrapeConfig> ScrapeConfigs { get; set; } = [];

    public static PrometheusConfig Load(string path) =>
        new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<PrometheusConfig>(File.ReadAllText(path));
}

internal sealed class ScrapeConfig
{
    public string? JobName { get; set; }

    /// <summary>Prometheus's default when the file says nothing.</summary>
    public string MetricsPath { get; set; } = "/metrics";

    public List<StaticConfig> StaticConfigs { get; set; } = [];
}

internal sealed class StaticConfig
{
    public List<string> Targets { get; set; } = [];
}
