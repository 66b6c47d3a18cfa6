using System.Reflection;

namespace ModularShop.BuildingBlocks.Messaging;

/// <summary>An earlier version of a message, and the upcasts that read it as the later one, oldest first.</summary>
public sealed record MessageUpcast(Type Earlier, Type Later, IReadOnlyList<MethodInfo> Steps)
{
    public object Read(object earlier) => Steps.Aggregate(earlier, (message, step) => step.Invoke(null, [message])!);
}

/// <summary>
/// A breaking change to a message is a new version, and its owner declares how the version before it reads as the
/// new one: a <c>public static</c> method named <c>Upcast</c> on the new record that takes the earlier message
/// (<c>ProductPriceChangedV2 Upcast(ProductPriceChanged earlier)</c>). Contracts reference nothing but the BCL, so
/// this is a convention, like <see cref="MessageNames"/>. A module that handles the new version handles the earlier
/// ones too, through their upcasts, until an earlier one is retired and its record and its upcast are deleted.
/// </summary>
public static class MessageUpcasts
{
    public const string MethodName = "Upcast";

    /// <summary>Every earlier version that reads as <paramref name="later"/>, directly or through the versions between.</summary>
    public static IReadOnlyList<MessageUpcast> Into(Type later)
    {
        var found = new List<MessageUpcast>();
        var pending = new Queue<(Type Version, IReadOnlyList<MethodInfo> Steps)>([(later, [])]);
        while (pending.TryDequeue(out var next))
        {
            foreach (var method in DeclaredOn(next.Version))
            {
                var earlier = method.GetParameters()[0].ParameterType;
                if (earlier != later && found.All(upcast => upcast.Earlier != earlier))
                {
                    IReadOnlyList<MethodInfo> steps = [method, .. next.Steps];
                    found.Add(new MessageUpcast(earlier, later, steps));
                    pending.Enqueue((earlier, steps));
                }
            }
        }

        return found;
    }

    private static IEnumerable<MethodInfo> DeclaredOn(Type version) =>
        version.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.Name == MethodName
                && method.ReturnType == version
                && method.GetParameters() is [var parameter]
                && MessageNames.Of(parameter.ParameterType) is not null);
}
