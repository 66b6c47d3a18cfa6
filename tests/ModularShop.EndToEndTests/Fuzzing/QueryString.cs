using CsCheck;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>A query string: the operation's declared parameters (absent, once or twice) and keys it never declared.</summary>
internal sealed record QueryString(IReadOnlyList<(string Name, UrlValue Value)> Pairs)
{
    private static readonly string[] UnknownNames = ["foo", "page[]", "", "__proto__", "pageSize ", "PAGE", "search", "a b", "$filter", "id"];

    public static Gen<QueryString> For(ApiOperation operation)
    {
        var declared = operation.InQuery.Aggregate(
            Gen.Const<IEnumerable<(string, UrlValue)>>([]),
            (pairs, parameter) => Gen.Select(pairs, Occurrences(parameter), (before, these) => before.Concat(these)));
        var unknown = Gen.Select(Gen.OneOf(UnknownNames), UrlValues.Nasty, (name, value) => (name, value)).Array[0, 2];
        var extra = Gen.Frequency((4, Gen.Const(Array.Empty<(string, UrlValue)>())), (1, unknown));
        return Gen.Select(declared, extra, (pairs, more) => new QueryString([.. pairs, .. more]));
    }

    private static Gen<IEnumerable<(string, UrlValue)>> Occurrences(ApiParameter parameter)
    {
        var value = UrlValues.For(parameter.Schema).Select(found => (parameter.Name, found));
        return Gen.Frequency(
            (3, Gen.Const<IEnumerable<(string, UrlValue)>>([])),
            (6, value.Select(pair => (IEnumerable<(string, UrlValue)>)[pair])),
            (1, value.Array[2].Select(pairs => (IEnumerable<(string, UrlValue)>)pairs)));
    }

    public string Render() =>
        Pairs.Count == 0 ? "" : "?" + string.Join("&", Pairs.Select(pair => $"{Uri.EscapeDataString(pair.Name)}={pair.Value.Encoded}"));

    public override string ToString() => string.Join(", ", Pairs.Select(pair => $"{pair.Name}={pair.Value}"));
}
