using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ModularShop.ArchitectureTests.Contracts;

/// <summary>A message as it was first published, with what was added to it since.</summary>
/// <param name="Retired">Why and since when no message of this name is in flight any more; null while it is live. Only a person sets it.</param>
public sealed record PublishedMessage(
    string Owner,
    IReadOnlyList<string> HandledBy,
    IReadOnlyList<(string Name, string Type)> Fields,
    IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Type)>> Records,
    string? Retired);

/// <summary>
/// docs/published-messages.json: every message name the shop has ever published, with its fields as they were and
/// every handler it has had. Another version of the shop may still send or handle any of them, so the code may add to
/// them (optional fields, new handlers, new names) and never take away or change. <see cref="With"/> is what
/// <c>./build.sh docs</c> writes: it records additions and nothing else, so a change that is not additive stays a
/// failing test and cannot be written away.
/// </summary>
public sealed class PublishedMessages
{
    public const string Path = "docs/published-messages.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public PublishedMessages(IReadOnlyDictionary<string, PublishedMessage> messages) => Messages = messages;

    public IReadOnlyDictionary<string, PublishedMessage> Messages { get; }

    public static PublishedMessages Read(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var messages = new Dictionary<string, PublishedMessage>(StringComparer.Ordinal);
        foreach (var (name, node) in root)
        {
            var entry = node!.AsObject();
            messages[name] = new PublishedMessage(
                (string)entry["owner"]!,
                entry["handledBy"]!.AsArray().Select(handler => (string)handler!).ToList(),
                FieldsOf(entry["fields"]!),
                (entry["records"]?.AsObject() ?? []).ToDictionary(record => record.Key, record => (IReadOnlyList<(string Name, string Type)>)FieldsOf(record.Value!), StringComparer.Ordinal),
                (string?)entry["retired"]);
        }

        return new PublishedMessages(messages);
    }

    public static PublishedMessages ReadFile(string path) =>
        File.Exists(path) ? Read(File.ReadAllText(path)) : new PublishedMessages(new Dictionary<string, PublishedMessage>());

    /// <summary>
    /// This record with what <paramref name="current"/> adds to it: new names whole, and on names already published
    /// the handlers, optional fields and carried records that are new. Nothing published is changed or dropped.
    /// </summary>
    public PublishedMessages With(IReadOnlyList<CurrentMessage> current)
    {
        var messages = new Dictionary<string, PublishedMessage>(Messages, StringComparer.Ordinal);
        foreach (var message in current)
        {
            messages[message.Name] = messages.TryGetValue(message.Name, out var published)
                ? published with
                {
                    HandledBy = published.HandledBy.Union(message.HandledBy).ToList(),
                    Fields = Extend(published.Fields, message.Shape.Fields),
                    Records = ExtendRecords(published.Records, message.Shape.Records),
                }
                : new PublishedMessage(
                    message.Owner,
                    message.HandledBy,
                    Plain(message.Shape.Fields),
                    message.Shape.Records.ToDictionary(record => record.Key, record => (IReadOnlyList<(string Name, string Type)>)Plain(record.Value), StringComparer.Ordinal),
                    null);
        }

        return new PublishedMessages(messages);
    }

    public string ToJson()
    {
        var root = new JsonObject();
        foreach (var (name, message) in Messages.OrderBy(message => message.Key, StringComparer.Ordinal))
        {
            var entry = new JsonObject
            {
                ["owner"] = message.Owner,
                ["handledBy"] = new JsonArray([.. message.HandledBy.Select(handler => JsonValue.Create(handler))]),
                ["fields"] = ToJson(message.Fields),
            };
            if (message.Records.Count > 0)
            {
                var records = new JsonObject();
                foreach (var (record, fields) in message.Records.OrderBy(record => record.Key, StringComparer.Ordinal))
                {
                    records[record] = ToJson(fields);
                }

                entry["records"] = records;
            }

            if (message.Retired is not null)
            {
                entry["retired"] = message.Retired;
            }

            root[name] = entry;
        }

        return root.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static List<(string Name, string Type)> Plain(IReadOnlyList<WireField> fields) => fields.Select(field => (field.Name, field.Type)).ToList();

    /// <summary>The published fields, then the new fields that a message without them still satisfies.</summary>
    private static List<(string Name, string Type)> Extend(IReadOnlyList<(string Name, string Type)> published, IReadOnlyList<WireField> current) =>
        [.. published, .. Plain(current.Where(field => field.Optional && published.All(old => old.Name != field.Name)).ToList())];

    private static Dictionary<string, IReadOnlyList<(string Name, string Type)>> ExtendRecords(
        IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Type)>> published,
        IReadOnlyDictionary<string, IReadOnlyList<WireField>> current)
    {
        var records = new Dictionary<string, IReadOnlyList<(string Name, string Type)>>(published, StringComparer.Ordinal);
        foreach (var (record, fields) in current)
        {
            records[record] = records.TryGetValue(record, out var old) ? Extend(old, fields) : Plain(fields);
        }

        return records;
    }

    private static List<(string Name, string Type)> FieldsOf(JsonNode fields) =>
        fields.AsObject().Select(field => (field.Key, (string)field.Value!)).ToList();

    private static JsonObject ToJson(IReadOnlyList<(string Name, string Type)> fields)
    {
        var json = new JsonObject();
        foreach (var (name, type) in fields)
        {
            json[name] = type;
        }

        return json;
    }
}
