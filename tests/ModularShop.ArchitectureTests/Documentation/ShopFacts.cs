using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ModularShop.ArchitectureTests.Rules;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.ArchitectureTests.Documentation;

/// <summary>What the generated docs say, read from the code: the module catalogue, the route table, the EF models and the IL.</summary>
public sealed record ShopFacts(IReadOnlyList<ModuleFacts> Modules, IReadOnlyList<MessageFacts> Messages, ModuleGraph Graph)
{
    public static ShopFacts Read()
    {
        var parts = KnownModules.Parts;
        var publishers = parts.ToDictionary(module => module.Name, module => Il.ConstructedTypes(module.Implementation));
        var messages = parts
            .SelectMany(owner => owner.Contracts.Types.Where(type => MessageNames.Of(type) is not null).Select(type => (Owner: owner.Name, Type: type)))
            .Select(found => new MessageFacts(
                found.Type,
                MessageNames.Of(found.Type)!,
                found.Owner,
                parts.Where(module => publishers[module.Name].Contains(found.Type.FullName!)).Select(module => module.Name).Order().ToList(),
                KnownModules.All.Where(module => module.ConsumedEvents.Contains(found.Type)).Select(module => module.Name).Order().ToList()))
            .OrderBy(message => message.Name, StringComparer.Ordinal)
            .ToList();
        var modules = KnownModules.All
            .OrderBy(module => module.Name, StringComparer.Ordinal)
            .Select(module => new ModuleFacts(
                module,
                EndpointsOf(module),
                messages.Where(message => message.Publishers.Contains(module.Name)).ToList(),
                messages.Where(message => message.Consumers.Contains(module.Name)).ToList(),
                TablesOf(module)))
            .ToList();
        return new ShopFacts(modules, messages, ModuleGraph.Of(parts));
    }

    private static List<EndpointFacts> EndpointsOf(ModuleDescriptor module) =>
        ShopOnPostgres.Endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<ModuleEndpointMetadata>()?.Module == module.Name)
            .Select(endpoint => new EndpointFacts(
                string.Join(", ", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]),
                "/" + endpoint.RoutePattern.RawText!.Trim('/'),
                WhoMayCall(endpoint),
                endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? ""))
            .OrderBy(endpoint => endpoint.Route, StringComparer.Ordinal)
            .ThenBy(endpoint => endpoint.Methods, StringComparer.Ordinal)
            .ToList();

    private static string WhoMayCall(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return "anyone";
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy ?? data.Roles ?? "signed in").Distinct().ToList();
        return policies.Count == 0 ? "anyone" : string.Join(", ", policies);
    }

    private static List<string> TablesOf(ModuleDescriptor module) =>
        ShopOnPostgres.ModelsOf(module.Name)
            .SelectMany(model => model.Model.GetEntityTypes())
            .Where(entity => entity.GetTableName() is not null && !SchemaRules.IsMessageStore(entity.ClrType))
            .Select(entity => $"{entity.GetSchema()}.{entity.GetTableName()}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}

public sealed record ModuleFacts(
    ModuleDescriptor Module,
    IReadOnlyList<EndpointFacts> Endpoints,
    IReadOnlyList<MessageFacts> Publishes,
    IReadOnlyList<MessageFacts> Handles,
    IReadOnlyList<string> Tables);

public sealed record EndpointFacts(string Methods, string Route, string Who, string Summary);

public sealed record MessageFacts(Type Type, string Name, string Owner, IReadOnlyList<string> Publishers, IReadOnlyList<string> Consumers)
{
    /// <summary>A command is sent to the module that owns it, which handles it; an event is the owner's news for others.</summary>
    public string Kind => Consumers.Contains(Owner) ? "command" : "event";

    public string Anchor => Type.Name.ToLowerInvariant();
}
