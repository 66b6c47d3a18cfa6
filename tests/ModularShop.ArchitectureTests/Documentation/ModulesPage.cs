using System.Text;

namespace ModularShop.ArchitectureTests.Documentation;

/// <summary>docs/modules.md: the modules, how they depend on each other, and what each one serves, sends and stores.</summary>
public static class ModulesPage
{
    public const string Path = "docs/modules.md";

    public static string Render(ShopFacts facts)
    {
        var page = new StringBuilder();
        page.AppendLine("# Modules");
        page.AppendLine();
        page.AppendLine(GeneratedDocs.Notice);
        page.AppendLine();
        page.AppendLine("An arrow goes from a module to one whose contracts it uses: it handles that module's events or sends it commands.");
        page.AppendLine();
        page.AppendLine("```mermaid");
        page.AppendLine("graph LR");
        foreach (var module in facts.Modules)
        {
            page.AppendLine($"    {module.Module.Name}[\"{module.Module.Name}<br/>schema {module.Module.Schema}\"]");
        }

        foreach (var (from, targets) in facts.Graph.Dependencies.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            foreach (var to in targets)
            {
                page.AppendLine($"    {from} -->|\"{EdgeLabel(facts, from, to)}\"| {to}");
            }
        }

        page.AppendLine("```");
        foreach (var module in facts.Modules)
        {
            AppendModule(page, module);
        }

        return page.ToString().ReplaceLineEndings("\n");
    }

    private static string EdgeLabel(ShopFacts facts, string from, string to)
    {
        var owned = facts.Messages.Where(message => message.Owner == to).ToList();
        var sends = owned.Where(message => message.Publishers.Contains(from)).Select(message => message.Type.Name).ToList();
        var handles = owned.Where(message => message.Consumers.Contains(from)).Select(message => message.Type.Name).ToList();
        return string.Join("<br/>", new[] { ("sends", sends), ("handles", handles) }
            .Where(part => part.Item2.Count > 0)
            .Select(part => $"{part.Item1} {string.Join(", ", part.Item2)}"));
    }

    private static void AppendModule(StringBuilder page, ModuleFacts facts)
    {
        var module = facts.Module;
        page.AppendLine();
        page.AppendLine($"## {module.Name}");
        page.AppendLine();
        page.AppendLine($"- API under `{module.RoutePrefix}`{(module.SiteRoutes.Count > 0 ? $", and also {string.Join(", ", module.SiteRoutes.Select(route => $"`{route}`"))}" : "")}.");
        page.AppendLine($"- Schema `{module.Schema}`, settings `{module.ConfigurationSection}`, queue `{module.QueueName}`.");
        page.AppendLine($"- Publishes: {MessageList(facts.Publishes)}.");
        page.AppendLine($"- Handles: {MessageList(facts.Handles)}.");
        page.AppendLine($"- Tables: {(facts.Tables.Count == 0 ? "none" : string.Join(", ", facts.Tables.Select(table => $"`{table}`")))}.");
        page.AppendLine();
        page.AppendLine("| Endpoint | Who | What |");
        page.AppendLine("| --- | --- | --- |");
        foreach (var endpoint in facts.Endpoints)
        {
            page.AppendLine($"| `{endpoint.Methods} {endpoint.Route}` | {endpoint.Who} | {GeneratedDocs.Cell(endpoint.Summary)} |");
        }
    }

    private static string MessageList(IReadOnlyList<MessageFacts> messages) =>
        messages.Count == 0 ? "nothing" : string.Join(", ", messages.Select(message => $"[{message.Type.Name}](messages.md#{message.Anchor})"));
}
