using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.BuildingBlocks.Requests;

/// <summary>
/// Requests inside a module go through MediatR. Its own DI package is not usable here, so the mediator, the pipeline
/// and each module's handlers and validators are registered here, found among the module's classes
/// (<see cref="ModuleDescriptor.Types"/>).
/// </summary>
internal static class MediatorRegistration
{
    public static IServiceCollection AddRequestPipeline(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService);
        services.AddScoped<IMediator, Mediator>();

        // Registration order is pipeline order: telemetry wraps validation, which wraps the handler.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(RequestTelemetryBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IValidator<>), typeof(NoNulCharacterValidator<>));
        return services;
    }

    public static IServiceCollection AddRequestHandlersOf(this IServiceCollection services, ModuleDescriptor module)
    {
        AddAsImplementedInterfaces(services, module.Types.Where(type => Implements(type, typeof(IRequestHandler<,>))));
        AddAsImplementedInterfaces(services, module.Types.Where(type => Implements(type, typeof(IValidator<>))));
        return services;
    }

    private static void AddAsImplementedInterfaces(IServiceCollection services, IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            foreach (var contract in type.GetInterfaces())
            {
                services.AddTransient(contract, type);
            }
        }
    }

    private static bool Implements(Type type, Type openInterface) =>
        type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == openInterface);
}
