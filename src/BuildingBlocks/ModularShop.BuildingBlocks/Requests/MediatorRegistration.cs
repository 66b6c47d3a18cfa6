using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.BuildingBlocks.Requests;

/// <summary>
/// Requests inside a module go through MediatR. Its own DI package is not usable here, so the mediator, the pipeline
/// and each module's handlers and validators are registered with Scrutor, from the module's classes
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

    public static IServiceCollection AddRequestHandlersOf(this IServiceCollection services, ModuleDescriptor module) =>
        services.Scan(scan => scan
            .FromTypes(module.Types)
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithTransientLifetime()
            .AddClasses(classes => classes.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithTransientLifetime());
}
