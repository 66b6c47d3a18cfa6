using System.Globalization;
using System.Text.RegularExpressions;
using ModularShop.ArchitectureTests.Contracts;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>
/// A published message stays readable by every version of the shop that may still run: an older one reads what this
/// one sends, this one reads what an older one sent (or left in an outbox). So a published message keeps every
/// field with its type, gains only fields that may be missing, and keeps every handler it had until it is retired.
/// Anything else is a new message: the same name with the next version, handled beside the old one.
/// </summary>
public static partial class ContractRules
{
    public static IReadOnlyList<string> PublishedMessagesStayCompatible(PublishedMessages published, IReadOnlyList<CurrentMessage> current)
    {
        var byName = current.ToDictionary(message => message.Name, StringComparer.Ordinal);
        var violations = new List<string>();
        foreach (var (name, old) in published.Messages.OrderBy(message => message.Key, StringComparer.Ordinal))
        {
            byName.TryGetValue(name, out var now);
            if (old.Retired is not null)
            {
                if (now is not null)
                {
                    violations.Add($"{name} is marked retired in {PublishedMessages.Path} but is still in {old.Owner}'s contracts.");
                }

                continue;
            }

            if (now is null)
            {
                violations.Add($"{name} was published and is gone from the code; keep it, and its handlers, until none is in flight, then mark it retired in {PublishedMessages.Path}.");
                continue;
            }

            violations.AddRange(Compare(name, "", old.Fields, now.Shape.Fields));
            foreach (var (record, fields) in old.Records)
            {
                violations.AddRange(now.Shape.Records.TryGetValue(record, out var nowFields)
                    ? Compare(name, record + ".", fields, nowFields)
                    : [$"{name}: {record} is no longer carried; {Breaking(name)}"]);
            }

            foreach (var gone in old.HandledBy.Except(now.HandledBy))
            {
                var later = LaterVersionsOf(name, current).FirstOrDefault(message => message.HandledBy.Contains(gone));
                violations.Add(later is null
                    ? $"{name} was handled by {gone}, which handles it no longer; a handler stays until the message is retired, since an older version may still send it."
                    : $"{name} was handled by {gone}, which now handles {later.Name} and not {name}; until {name} is retired, keep its handler or give {later.Name} an upcast from it ({MessageUpcasts.MethodName}), since an older version may still send it.");
            }
        }

        return violations;
    }

    private static IEnumerable<string> Compare(string message, string prefix, IReadOnlyList<(string Name, string Type)> published, IReadOnlyList<WireField> current)
    {
        foreach (var (field, type) in published)
        {
            var now = current.FirstOrDefault(candidate => candidate.Name == field);
            if (now is null)
            {
                yield return $"{message}: {prefix}{field} ({type}) was removed; {Breaking(message)}";
            }
            else if (now.Type != type)
            {
                yield return $"{message}: {prefix}{field} was {type} and is {now.Type}; {Breaking(message)}";
            }
        }

        foreach (var added in current.Where(field => !field.Optional && published.All(old => old.Name != field.Name)))
        {
            yield return $"{message}: {prefix}{added.Name} ({added.Type}) is new and required, and a message from an older version has none; make it nullable or give it a default, or publish a new version.";
        }
    }

    private static IEnumerable<CurrentMessage> LaterVersionsOf(string name, IReadOnlyList<CurrentMessage> current) =>
        current.Where(message => VersionOf(message.Name) is { } later && VersionOf(name) is { } earlier
            && later.Stem == earlier.Stem && later.Number > earlier.Number);

    private static (string Stem, int Number)? VersionOf(string name) =>
        Version().Match(name) is { Success: true } match ? (name[..match.Index], int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture)) : null;

    private static string Breaking(string name) =>
        $"a change that is not additive is a new message, {NextVersion(name)}, handled beside {name} until no {name} is in flight.";

    private static string NextVersion(string name) =>
        VersionOf(name) is { } version ? $"{version.Stem}.v{version.Number + 1}" : name + ".v2";

    [GeneratedRegex(@"\.v(?<version>[0-9]+)$")]
    private static partial Regex Version();
}
