using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Validation;

namespace ModularShop.BuildingBlocks.Requests;

/// <summary>
/// Requests inside a module go through MediatR. Its own DI package is not usable here, so the mediator, the pipeline
/// and each module's handlers and validators are registered by scanning with Scrutor.
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

    public static IServiceCollection AddRequestHandlersFrom(this IServiceCollection services, Assembly assembly) =>
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithTransientLifetime()
            .AddClasses(classes => classes.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithTransientLifetime());
}
