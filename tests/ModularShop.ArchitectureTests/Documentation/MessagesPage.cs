using System.Reflection;
using System.Text;

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
        page.AppendLine("Every message crosses a module boundary through the outbox. Its name is what is stored and sent; renaming the type is safe, changing the name makes a new message. A command is sent to the module that owns it, which handles it; an event is news of its owner, for any module that cares.");
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
            foreach (var field in FieldsOf(message.Type))
            {
                page.AppendLine($"| `{field.Name}` | `{TypeName(field.Type)}` |");
            }

            foreach (var carried in CarriedRecords(message.Type))
            {
                page.AppendLine();
                page.AppendLine($"`{carried.Name}`: {string.Join(", ", FieldsOf(carried).Select(field => $"`{field.Name}` `{TypeName(field.Type)}`"))}.");
            }
        }

        return page.ToString().ReplaceLineEndings("\n");
    }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(string)] = "string",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(decimal)] = "decimal",
        [typeof(bool)] = "bool",
        [typeof(double)] = "double",
    };

    private static string Names(IReadOnlyList<string> modules) => modules.Count == 0 ? "nobody" : string.Join(", ", modules);

    /// <summary>The record's positional members, in declaration order.</summary>
    private static IEnumerable<(string Name, Type Type)> FieldsOf(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(candidate => candidate.GetParameters().Length).First();
        return constructor.GetParameters().Select(parameter => (parameter.Name!, parameter.ParameterType));
    }

    /// <summary>The records of the same contracts that a message carries in its fields, such as the lines of an order.</summary>
    private static IEnumerable<Type> CarriedRecords(Type message) =>
        FieldsOf(message)
            .SelectMany(field => field.Type.IsGenericType ? field.Type.GetGenericArguments() : [field.Type])
            .Where(type => type.Assembly == message.Assembly && type != message)
            .Distinct();

    private static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
    }
}
