using CsCheck;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>
/// A path parameter's value: one the shop has (a demo product, an order it answered) or any other. Which known id
/// is taken is drawn when the plan is made and resolved when the request is sent, since orders exist only then.
/// </summary>
internal sealed record PathValue(UrlValue? Literal, int KnownIndex)
{
    public static Gen<PathValue> For(ApiParameter parameter) => Gen.Frequency(
        (5, Gen.Int.Positive.Select(index => new PathValue(null, index))),
        (4, UrlValues.For(parameter.Schema).Select(value => new PathValue(value, 0))));

    public string Render(string name, KnownIds known) => Literal?.Encoded ?? known.Pick(name, KnownIndex).ToString();

    public override string ToString() => Literal?.ToString() ?? $"known id #{KnownIndex}";
}

/// <summary>The ids the shop answered with so far, by the name of the field they came in: productId, orderId, id.</summary>
internal sealed class KnownIds
{
    private readonly Dictionary<string, List<Guid>> _byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["productId"] = [.. Demo.NamedProducts],
    };

    public void Learn(string name, Guid id)
    {
        var ids = _byName.TryGetValue(name, out var found) ? found : _byName[name] = [];
        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    /// <summary>An id learned under this name, or under any name when none was.</summary>
    public Guid Pick(string name, int index)
    {
        var ids = _byName.TryGetValue(name, out var found) && found.Count > 0 ? found : _byName.Values.SelectMany(all => all).ToList();
        return ids[index % ids.Count];
    }
}
