using System.Reflection;
using System.Text.Json;

namespace ModularShop.ArchitectureTests.Contracts;

/// <summary>
/// One field of a message as it travels: its JSON name (camelCase, as Wolverine's System.Text.Json serializer writes
/// it) and its type, nullability included.
/// </summary>
/// <param name="Optional">
/// A message written without this field still reads: the field may be null, or has a default value.
/// </param>
public sealed record WireField(string Name, string Type, bool Optional);

/// <summary>
/// What a message looks like on the wire, read from its record: the positional fields in declaration order, and the
/// records of the same contracts that it carries (the lines of a checkout), each with their own fields.
/// </summary>
public sealed record WireShape(IReadOnlyList<WireField> Fields, IReadOnlyDictionary<string, IReadOnlyList<WireField>> Records)
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(string)] = "string",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(decimal)] = "decimal",
        [typeof(bool)] = "bool",
        [typeof(double)] = "double",
    };

    public static WireShape Of(Type message)
    {
        var records = new Dictionary<string, IReadOnlyList<WireField>>(StringComparer.Ordinal);
        var fields = FieldsOf(message, records);
        return new WireShape(fields, records);
    }

    private static List<WireField> FieldsOf(Type record, Dictionary<string, IReadOnlyList<WireField>> carried)
    {
        var nullability = new NullabilityInfoContext();
        var constructor = record.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(candidate => candidate.GetParameters().Length).First();
        var fields = new List<WireField>();
        foreach (var parameter in constructor.GetParameters())
        {
            var info = nullability.Create(parameter);
            fields.Add(new WireField(JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!), TypeName(parameter.ParameterType, info), parameter.HasDefaultValue || IsNullable(parameter.ParameterType, info)));
            foreach (var type in CarriedBy(parameter.ParameterType).Where(type => type.Assembly == record.Assembly && !carried.ContainsKey(type.Name)))
            {
                carried[type.Name] = [];
                carried[type.Name] = FieldsOf(type, carried);
            }
        }

        return fields;
    }

    private static IEnumerable<Type> CarriedBy(Type type) =>
        Nullable.GetUnderlyingType(type) is { } underlying ? CarriedBy(underlying)
        : ElementOf(type) is { } element ? CarriedBy(element)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(CarriedBy)
        : [type];

    private static bool IsNullable(Type type, NullabilityInfo info) =>
        Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && info.ReadState == NullabilityState.Nullable);

    /// <summary>
    /// The name a reader of docs/published-messages.json understands: C#'s keywords, <c>?</c> for what may be null,
    /// and <c>list&lt;T&gt;</c> for any sequence, since an array and a list are the same JSON.
    /// </summary>
    private static string TypeName(Type type, NullabilityInfo info)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, info) + "?";
        }

        var suffix = !type.IsValueType && info.ReadState == NullabilityState.Nullable ? "?" : "";
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + suffix;
        }

        if (ElementOf(type) is { } element)
        {
            var elementInfo = type.IsArray ? info.ElementType : info.GenericTypeArguments.FirstOrDefault();
            return $"list<{TypeName(element, elementInfo ?? info)}>{suffix}";
        }

        if (!type.IsGenericType)
        {
            return type.Name + suffix;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        var arguments = type.GetGenericArguments().Select((argument, index) => TypeName(argument, info.GenericTypeArguments[index]));
        return $"{name}<{string.Join(", ", arguments)}>{suffix}";
    }

    private static Type? ElementOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type == typeof(string) || !type.IsGenericType)
        {
            return null;
        }

        var sequence = type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return sequence is not null && type.GetGenericArguments().Length == 1 ? sequence.GetGenericArguments()[0] : null;
    }
}
