namespace ModularShop.EndToEndTests.Deployment;

/// <summary>deploy/Dockerfile's instructions, in order, each with its arguments as one string.</summary>
internal sealed class Dockerfile(IReadOnlyList<(string Instruction, string Arguments)> instructions)
{
    public IReadOnlyList<(string Instruction, string Arguments)> Instructions { get; } = instructions;

    public static Dockerfile Load(string path)
    {
        var instructions = new List<(string, string)>();
        var pending = string.Empty;
        foreach (var line in File.ReadLines(path).Select(line => line.Trim()))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            pending += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (line.EndsWith('\\'))
            {
                continue;
            }

            var space = pending.IndexOf(' ', StringComparison.Ordinal);
            instructions.Add((pending[..space].ToUpperInvariant(), pending[(space + 1)..].Trim()));
            pending = string.Empty;
        }

        return new Dockerfile(instructions);
    }

    public IEnumerable<string> All(string instruction) =>
        Instructions.Where(entry => entry.Instruction == instruction).Select(entry => entry.Arguments);

    /// <summary>The default of <c>ARG name=value</c>.</summary>
    public string? ArgumentDefault(string name) =>
        All("ARG").Select(argument => argument.Split('=', 2)).Where(parts => parts[0] == name).Select(parts => parts.ElementAtOrDefault(1)).FirstOrDefault();

    /// <summary>The port the image's host listens on: that of the <c>Urls</c> it sets.</summary>
    public int ListenPort => new Uri(Environment["Urls"].Replace("+", "localhost", StringComparison.Ordinal)).Port;

    /// <summary>The values of <c>ENV</c>, from every <c>ENV key=value [key=value...]</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        All("ENV").SelectMany(arguments => arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
}
