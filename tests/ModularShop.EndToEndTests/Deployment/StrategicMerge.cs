namespace ModularShop.EndToEndTests.Deployment;

/// <summary>
/// A strategic-merge patch applied as kustomize applies the ones under deploy/kubernetes: maps merge key by key; a
/// list whose items all have a <c>name</c> merges item by item, the patch's items first and in its order (one marked
/// <c>$patch: delete</c> removed), then the items it does not name, as they were; any other list, and every single
/// value, is replaced. Kubernetes merges a few lists by another key (a container's ports, its volume mounts): the
/// patches there touch none of them.
/// </summary>
internal static class StrategicMerge
{
    private const string MergeKey = "name";
    private const string Directive = "$patch";
    private const string Delete = "delete";

    public static void Apply(Dictionary<object, object> target, Dictionary<object, object> patch)
    {
        foreach (var (key, value) in patch)
        {
            target[key] = target.TryGetValue(key, out var existing) ? Merged(existing, value) : value;
        }
    }

    private static object Merged(object existing, object patch) => (existing, patch) switch
    {
        (Dictionary<object, object> map, Dictionary<object, object> patchMap) => MergedMap(map, patchMap),
        (List<object> items, List<object> patchItems) when IsNamed(items) && IsNamed(patchItems) => MergedByName(items, patchItems),
        _ => patch,
    };

    private static Dictionary<object, object> MergedMap(Dictionary<object, object> map, Dictionary<object, object> patch)
    {
        Apply(map, patch);
        return map;
    }

    private static List<object> MergedByName(List<object> items, List<object> patch)
    {
        var originals = items.Cast<Dictionary<object, object>>().ToList();
        var merged = new List<object>();
        foreach (var item in patch.Cast<Dictionary<object, object>>())
        {
            var original = originals.Find(candidate => NameOf(candidate) == NameOf(item));
            if (Equals(item.GetValueOrDefault(Directive), Delete))
            {
                continue;
            }

            merged.Add(original is null ? item : MergedMap(original, item));
        }

        var named = patch.Cast<Dictionary<object, object>>().Select(NameOf).ToHashSet();
        merged.AddRange(originals.Where(original => !named.Contains(NameOf(original))));
        return merged;
    }

    private static bool IsNamed(List<object> items) =>
        items.All(item => item is Dictionary<object, object> map && map.ContainsKey(MergeKey));

    private static string? NameOf(Dictionary<object, object> item) => item[MergeKey] as string;
}
