using ModularShop.ArchitectureTests.Contracts;

namespace ModularShop.ArchitectureTests.Documentation;

/// <summary>The pages written from the code, and what they have in common. The record of published messages only ever grows.</summary>
public static class GeneratedDocs
{
    public const string Target = "./build.sh docs";

    public const string UpdateVariable = "MODULARSHOP_UPDATE_DOCS";

    public static readonly string Notice =
        $"<!-- Generated from the code by `{Target}`; edit the code, not this page. -->";

    public static IReadOnlyList<(string Path, string Text)> Render()
    {
        var facts = ShopFacts.Read();
        var published = PublishedMessages.ReadFile(System.IO.Path.Combine(Repository.Root, PublishedMessages.Path)).With(CurrentMessage.In(KnownModules.Parts));
        return
        [
            (ModulesPage.Path, ModulesPage.Render(facts)),
            (MessagesPage.Path, MessagesPage.Render(facts)),
            (PublishedMessages.Path, published.ToJson()),
        ];
    }

    /// <summary>Text safe inside a Markdown table cell.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
