using NetArchTest.Rules;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>
/// Which module depends on which: a module depends on another when its code or its contracts use the other's
/// contracts (to handle its events or send it commands).
/// </summary>
public sealed class ModuleGraph
{
    private ModuleGraph(IReadOnlyDictionary<string, IReadOnlyList<string>> dependencies) => Dependencies = dependencies;

    /// <summary>Each module's name, with the names of the modules it depends on, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Dependencies { get; }

    public static ModuleGraph Of(IReadOnlyList<ModuleParts> modules) =>
        new(modules.ToDictionary(
            module => module.Name,
            module => (IReadOnlyList<string>)modules
                .Where(other => other != module && DependsOn(module, other))
                .Select(other => other.Name)
                .Order(StringComparer.Ordinal)
                .ToList()));

    /// <summary>
    /// Every cycle, as "A → B → A", except those whose modules are listed in <paramref name="allowed"/>: each of those
    /// must be a documented decision.
    /// </summary>
    public IReadOnlyList<string> Cycles(IEnumerable<IReadOnlySet<string>> allowed)
    {
        var exceptions = allowed.ToList();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (from, targets) in Dependencies)
        {
            foreach (var to in targets)
            {
                if (PathBetween(to, from) is { } back)
                {
                    var cycle = Rotate([from, .. back.Take(back.Count - 1)]);
                    if (!exceptions.Any(exception => exception.SetEquals(cycle)))
                    {
                        found.Add(string.Join(" → ", cycle.Append(cycle[0])));
                    }
                }
            }
        }

        return found.ToList();
    }

    private static bool DependsOn(ModuleParts module, ModuleParts other)
    {
        string[] contracts = [other.Contracts.Namespace];
        return module.Implementation.Select().And().HaveDependencyOnAny(contracts).GetTypes().Any()
            || module.Contracts.Select().And().HaveDependencyOnAny(contracts).GetTypes().Any();
    }

    /// <summary>The shortest path from one module to another, both included, or null.</summary>
    private List<string>? PathBetween(string from, string to)
    {
        var previous = new Dictionary<string, string?> { [from] = null };
        var pending = new Queue<string>([from]);
        while (pending.TryDequeue(out var next))
        {
            if (next == to)
            {
                var path = new List<string>();
                for (string? step = to; step is not null; step = previous[step])
                {
                    path.Insert(0, step);
                }

                return path;
            }

            foreach (var target in Dependencies.GetValueOrDefault(next, []).Where(target => previous.TryAdd(target, next)))
            {
                pending.Enqueue(target);
            }
        }

        return null;
    }

    /// <summary>The same cycle, starting at its first name in order, so that each cycle is reported once.</summary>
    private static List<string> Rotate(List<string> cycle)
    {
        var start = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
        return [.. cycle.Skip(start), .. cycle.Take(start)];
    }
}
