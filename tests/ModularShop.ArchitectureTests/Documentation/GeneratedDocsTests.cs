namespace ModularShop.ArchitectureTests.Documentation;

/// <summary>
/// docs/modules.md and docs/messages.md are what the code says. With MODULARSHOP_UPDATE_DOCS=1 (./build.sh docs)
/// the test writes them instead of comparing.
/// </summary>
public sealed class GeneratedDocsTests
{
    [Fact]
    public void The_committed_module_and_message_docs_are_what_the_code_generates()
    {
        var update = Environment.GetEnvironmentVariable(GeneratedDocs.UpdateVariable) == "1";
        foreach (var (path, generated) in GeneratedDocs.Render())
        {
            var file = Path.Combine(Repository.Root, path);
            if (update)
            {
                File.WriteAllText(file, generated);
                continue;
            }

            var committed = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : "";
            if (committed != generated)
            {
                Assert.Fail($"{path} differs from what the code generates{FirstDifference(committed, generated)}. Run {GeneratedDocs.Target} and commit the result.");
            }
        }
    }

    private static string FirstDifference(string committed, string generated)
    {
        var before = committed.Split('\n');
        var after = generated.Split('\n');
        for (var line = 0; line < Math.Max(before.Length, after.Length); line++)
        {
            var old = line < before.Length ? before[line] : "(end of file)";
            var now = line < after.Length ? after[line] : "(end of file)";
            if (old != now)
            {
                return $" from line {line + 1}: the file has \"{old}\", the code gives \"{now}\"";
            }
        }

        return "";
    }
}
