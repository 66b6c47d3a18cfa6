using System.Text;
using ModularShop.ArchitectureTests.Contracts;

namespace ModularShop.ArchitectureTests.Documentation;

/// <summary>docs/messages.md: every message of every module's contracts, who sends it, who handles it, what it carries.</summary>
public static class MessagesPage
{
    public const string Path = "docs/messages.md";

    public static string Render(ShopFacts facts)
    {
        var page = new StringBuilder();
        page.AppendLine("# Messages");
        page.AppendLine();
        page.AppendLine(GeneratedDocs.Notice);
        page.AppendLine();
        page.AppendLine("Every message crosses a module boundary through the outbox. Its name is what is stored and sent; renaming the type is safe, changing the name makes a new message. A command is sent to the module that owns it, which handles it; an event is news of its owner, for any module that cares. Fields are named as they travel (camelCase); `?` marks what may be null, and `list<T>` any sequence. How a published message may change is in [upgrades.md](upgrades.md).");
        page.AppendLine();
        page.AppendLine("| Message | Name | Kind | Published by | Handled by |");
        page.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var message in facts.Messages)
        {
            page.AppendLine($"| [{message.Type.Name}](#{message.Anchor}) | `{message.Name}` | {message.Kind} | {Names(message.Publishers)} | {Names(message.Consumers)} |");
        }

        foreach (var message in facts.Messages.OrderBy(message => message.Type.Name, StringComparer.Ordinal))
        {
            page.AppendLine();
            page.AppendLine($"## {message.Type.Name}");
            page.AppendLine();
            page.AppendLine($"`{message.Name}`, in `{message.Type.Assembly.GetName().Name}`: {message.Kind} of {message.Owner}, published by {Names(message.Publishers)}, handled by {Names(message.Consumers)}.");
            page.AppendLine();
            page.AppendLine("| Field | Type |");
            page.AppendLine("| --- | --- |");
            var shape = WireShape.Of(message.Type);
            foreach (var field in shape.Fields)
            {
                page.AppendLine($"| `{field.Name}` | `{field.Type}` |");
            }

            foreach (var (record, fields) in shape.Records)
            {
                page.AppendLine();
                page.AppendLine($"`{record}`: {string.Join(", ", fields.Select(field => $"`{field.Name}` `{field.Type}`"))}.");
            }
        }

        return page.ToString().ReplaceLineEndings("\n");
    }

    private static string Names(IReadOnlyList<string> modules) => modules.Count == 0 ? "nobody" : string.Join(", ", modules);
}
