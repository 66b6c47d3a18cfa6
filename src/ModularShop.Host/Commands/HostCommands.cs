using ModularShop.BuildingBlocks.Modules;

namespace ModularShop.Host.Commands;

/// <summary>
/// What the host does when started with a command instead of serving:
/// <c>migrate [list | &lt;module&gt; up [version or name] | &lt;module&gt; down &lt;version or name&gt;]</c> and <c>db provision</c>.
/// Settings still come from configuration, so <c>--Database:Provider=PostgreSql</c> and the like work with every command,
/// and <c>--modules payments</c> (short for <c>--Modules:Run=payments</c>) limits serving and every command to those modules.
/// </summary>
internal static class HostCommands
{
    public static bool IsCommand(string[] args) => Words(args).FirstOrDefault() is MigrateCommand.Name or ProvisionCommand.Name;

    public static Task<int> RunAsync(WebApplication app, string[] args)
    {
        var words = Words(args);
        return words[0] switch
        {
            MigrateCommand.Name => MigrateCommand.RunAsync(app, words.Skip(1).ToList()),
            _ => ProvisionCommand.RunAsync(app, words.Skip(1).ToList()),
        };
    }

    /// <summary>The leading words of the command line, before the first setting.</summary>
    private static List<string> Words(string[] args) =>
        args.TakeWhile(arg => !arg.StartsWith('-') && !arg.Contains('=', StringComparison.Ordinal)).ToList();

    /// <summary>Short command-line switches for long settings.</summary>
    public static IDictionary<string, string> Switches { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--modules"] = ModuleCatalog.RunSetting,
    };

    public static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("""
            Usage:
              ModularShop.Host                                   serve every module
              ModularShop.Host --modules <module>[,<module>...]  serve only those modules: a service split out of the shop
              ModularShop.Host migrate                           apply every module's pending migrations but the contract steps, and create the message store
              ModularShop.Host migrate list                      every module's migrations, applied or pending, contract steps marked
              ModularShop.Host migrate <module> up [<step>]      move one module up to <step> (a version or a name; contract steps included), or every step but the contract steps
              ModularShop.Host migrate <module> down <step>      move one module down to <step> (0: remove everything)
              ModularShop.Host db provision --admin-connection "<connection string>"
                                                                 create or update the PostgreSQL database, roles, schemas and grants
                                                                 (or Database:AdminConnectionString instead of --admin-connection)
            Every command takes --modules too: 'migrate --modules payments' migrates only what the Payments service runs.
            """);
        return 2;
    }
}
