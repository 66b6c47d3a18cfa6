using Microsoft.Extensions.DependencyInjection;

namespace ModularShop.BuildingBlocks.Messaging.Housekeeping;

public static class MessageHousekeepingRegistration
{
    /// <summary>Purges each module's records of handled messages past their retention, and measures them; needs <see cref="MessagingSettings"/>.</summary>
    public static IServiceCollection AddMessageHousekeeping(this IServiceCollection services)
    {
        services.AddSingleton<ProcessedMessageMetrics>();
        services.AddHostedService<ProcessedMessagePurger>();
        return services;
    }
}
