using MediatR;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ModularShop.BuildingBlocks.Messaging;

namespace ModularShop.ArchitectureTests.Rules;

/// <summary>How a module's inside is layered: a domain free of frameworks, and machinery nobody outside can reach.</summary>
public static class LayerRules
{
    private static readonly string[] Frameworks = ["Microsoft.EntityFrameworkCore", "Wolverine", "MediatR", "Microsoft.AspNetCore"];

    private static readonly Type[] HandlerInterfaces =
        [typeof(IRequestHandler<,>), typeof(IRequestHandler<>), typeof(INotificationHandler<>), typeof(IIntegrationEventHandler<>)];

    /// <summary>The types under <c>&lt;module&gt;.Domain</c> depend on neither EF Core, Wolverine, MediatR nor ASP.NET Core.</summary>
    public static IReadOnlyList<string> DomainKnowsNoFramework(ModuleParts module)
    {
        var domain = module.Implementation with { Namespace = module.Implementation.Namespace + ".Domain" };
        var result = domain.Select().ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();
        return ReferenceRules.Violations(result, type => $"{type} ({module.Name}'s domain) depends on {string.Join(", ", Frameworks)} or another framework it must not know.");
    }

    /// <summary>Handlers, DbContexts, entities and endpoints are the module's own business: none of them is public.</summary>
    public static IReadOnlyList<string> MachineryIsNotPublic(ModuleParts module)
    {
        var entities = module.Models()
            .SelectMany(model => model.Model.GetEntityTypes())
            .Select(entity => entity.ClrType)
            .Where(module.Implementation.Contains)
            .ToHashSet();
        return module.Implementation.Types
            .Select(type => (Type: type, Kind: KindOf(type, entities)))
            .Where(found => found.Kind is not null && (found.Type.IsPublic || found.Type.IsNestedPublic))
            .Select(found => $"{found.Kind} {found.Type.Name} ({module.Name}) is public.")
            .ToList();
    }

    private static string? KindOf(Type type, HashSet<Type> entities) =>
        type.GetInterfaces().Any(face => face.IsGenericType && HandlerInterfaces.Contains(face.GetGenericTypeDefinition())) ? "Handler"
        : typeof(DbContext).IsAssignableFrom(type) ? "DbContext"
        : entities.Contains(type) ? "Entity"
        : MapsEndpoints(type) ? "Endpoint"
        : null;

    private static bool MapsEndpoints(Type type) =>
        type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static
                | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Any(method => method.GetParameters().Any(parameter => typeof(IEndpointRouteBuilder).IsAssignableFrom(parameter.ParameterType)));
}
