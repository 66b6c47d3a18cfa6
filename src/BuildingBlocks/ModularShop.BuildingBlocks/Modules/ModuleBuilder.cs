using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModularShop.BuildingBlocks.Configuration;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Persistence;

namespace ModularShop.BuildingBlocks.Modules;

/// <summary>What a module can register about itself while the host is being composed.</summary>
public sealed class ModuleBuilder
{
    private readonly ModuleDescriptor _descriptor;
    private readonly IModuleDatabase _database;
    private readonly IConfiguration _configuration;
    private bool _hasDbContext;

    internal ModuleBuilder(ModuleDescriptor descriptor, IServiceCollection services, IConfiguration configuration, IModuleDatabase database)
    {
        _descriptor = descriptor;
        _database = database;
        _configuration = configuration;
        Services = services;
        Settings = configuration.GetSection(descriptor.ConfigurationSection);
    }

    public IServiceCollection Services { get; }

    /// <summary>The module's own configuration section, <c>Modules:&lt;Name&gt;</c>.</summary>
    public IConfiguration Settings { get; }

    /// <summary>
    /// Gives the module its DbContext, mapped to the module's own schema and enrolled in the transactional outbox.
    /// A module has at most one.
    /// </summary>
    public ModuleBuilder AddDbContext<TContext>() where TContext : ModuleDbContext
    {
        if (_hasDbContext)
        {
            throw new InvalidOperationException($"Module {_descriptor.Name} registers a second DbContext ({typeof(TContext).Name}); a module owns exactly one.");
        }

        if (typeof(TContext) != _descriptor.DbContextType)
        {
            throw new InvalidOperationException($"Module {_descriptor.Name} registers {typeof(TContext).Name}, which is not the DbContext its assembly declares ({_descriptor.DbContextType?.Name ?? "none"}).");
        }

        _hasDbContext = true;
        var descriptor = _descriptor;
        var database = _database;
        Services.AddModuleDbContext<TContext>(descriptor, database);
        Services.AddScoped<IOutbox<TContext>, WolverineOutbox<TContext>>();
        Services.AddKeyedScoped<ModuleDbContext>(descriptor.Name, (sp, _) => sp.GetRequiredService<TContext>());
        Services.AddKeyedScoped<IModuleOutbox>(descriptor.Name, (sp, _) => (IModuleOutbox)sp.GetRequiredService<IOutbox<TContext>>());
        return this;
    }

    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to the module's section and validates it when the host starts, so that a
    /// wrong setting stops the host with a message naming the setting. Read through <see cref="IOptionsMonitor{TOptions}"/>,
    /// the settings are live (<see cref="LiveSettings"/>); through <see cref="IOptions{TOptions}"/>, as they were at start.
    /// </summary>
    public OptionsBuilder<TOptions> AddOptions<TOptions>() where TOptions : class =>
        Services.AddLiveSettings<TOptions>(_configuration, _descriptor.ConfigurationSection);
}
