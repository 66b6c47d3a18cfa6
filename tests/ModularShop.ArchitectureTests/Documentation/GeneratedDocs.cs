namespace ModularShop.ArchitectureTests.Documentation;

/// <summary>The pages written from the code, and what they have in common.</summary>
public static class GeneratedDocs
{
    public const string Target = "./build.sh docs";

    public const string UpdateVariable = "MODULARSHOP_UPDATE_DOCS";

    public static readonly string Notice =
        $"<!-- Generated from the code by `{Target}`; edit the code, not this page. -->";

    public static IReadOnlyList<(string Path, string Text)> Render()
    {
        var facts = ShopFacts.Read();
        return [(ModulesPage.Path, ModulesPage.Render(facts)), (MessagesPage.Path, MessagesPage.Render(facts))];
    }

    /// <summary>Text safe inside a Markdown table cell.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
