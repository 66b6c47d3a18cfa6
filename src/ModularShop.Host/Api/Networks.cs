using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ModularShop.Host.Api;

/// <summary>Settings that name addresses or networks: <c>10.0.0.5</c> is a network of one, <c>10.0.0.0/8</c> a network.</summary>
internal static class Networks
{
    public static IReadOnlyList<IPNetwork> Loopback { get; } = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    /// <summary>The networks named, or <paramref name="unset"/> when none is.</summary>
    public static IReadOnlyList<IPNetwork> Parse(string[]? values, IReadOnlyList<IPNetwork> unset) =>
        values is { Length: > 0 }
            ? values.Select(value => TryParse(value, out var network) ? network : throw new InvalidOperationException($"'{value}' is not an address or a network.")).ToList()
            : unset;

    /// <summary>A validation failure on <paramref name="member"/> for each value that names neither an address nor a network.</summary>
    public static IEnumerable<ValidationResult> Validate(string[]? values, string member) =>
        (values ?? [])
            .Where(value => !TryParse(value, out _))
            .Select(value => new ValidationResult($"'{value}' is neither an IP address nor a network such as 10.0.0.0/8.", [member]));

    public static bool Contain(this IReadOnlyList<IPNetwork> networks, IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var candidate = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(network => network.Contains(candidate));
    }

    private static bool TryParse(string value, out IPNetwork network)
    {
        if (IPAddress.TryParse(value, out var address))
        {
            network = new IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }

        return IPNetwork.TryParse(value, out network);
    }
}
