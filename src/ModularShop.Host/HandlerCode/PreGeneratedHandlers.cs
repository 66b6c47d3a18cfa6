using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using ModularShop.BuildingBlocks.Messaging;
using ModularShop.BuildingBlocks.Modules;
using Wolverine;
using Wolverine.Runtime.Handlers;

namespace ModularShop.Host.HandlerCode;

/// <summary>
/// Wolverine's handler code, generated ahead of time and compiled into the host, so that no process compiles C# at run
/// time. The code of each module's consumers lives in <c>WolverineHandlers/&lt;Module&gt;/</c> of this project; a build
/// compiles the folders of the modules it carries (see the project file). <c>./build.sh codegen</c> rewrites them.
/// </summary>
internal static class PreGeneratedHandlers
{
    /// <summary>The folder of this project that holds the generated code, one folder per module below it.</summary>
    public const string Folder = "WolverineHandlers";

    /// <summary>
    /// Wolverine looks for pre-generated types in one assembly only, its application assembly: that is this host, also
    /// when a test process (whose entry assembly is the test runner) composes it. Static: a handler whose code is
    /// missing fails the start, instead of being compiled.
    /// </summary>
    public static void UsePreGeneratedHandlers(this WolverineOptions options, ModuleCatalog catalog)
    {
        options.ApplicationAssembly = typeof(PreGeneratedHandlers).Assembly;
        options.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
        options.Policies.Add(new StableHandlerTypeNames(catalog));
    }

    /// <summary>
    /// The code Wolverine generates for the host's handlers, as files relative to <see cref="Folder"/>:
    /// <c>&lt;Module&gt;/&lt;type&gt;.cs</c>. The host is composed, not started; nothing connects.
    /// </summary>
    public static IReadOnlyList<(string Path, string Code)> Generate(IServiceProvider services)
    {
        var collections = services.GetServices<ICodeFileCollection>().ToArray();
        var handlers = collections.OfType<HandlerGraph>().Single();
        var owners = OwningModules(handlers, services.GetRequiredService<ModuleCatalog>());

        var scratch = Directory.CreateTempSubdirectory("modularshop-codegen-");
        try
        {
            foreach (var collection in collections)
            {
                collection.Rules.GeneratedCodeOutputPath = scratch.FullName;
            }

            var files = new List<(string Path, string Code)>();
            var builder = new DynamicCodeBuilder(services, collections) { ServiceVariableSource = services.GetService<IServiceVariableSource>() };
            builder.WriteGeneratedCode(written =>
            {
                var typeName = Path.GetFileNameWithoutExtension(written);
                if (typeName == HandlerRegistry.GeneratedTypeName)
                {
                    // Its list of handler types depends on the modules a build carries; ModuleHandlerRegistry stands in.
                    return;
                }

                var module = owners.GetValueOrDefault(typeName)
                    ?? throw new InvalidOperationException($"Wolverine generated {typeName}, which is no module's consumer: only the kernel's consumers are expected to need code.");
                files.Add(($"{module}/{typeName}.cs", File.ReadAllText(written).ReplaceLineEndings("\n")));
            });
            return files.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>Each generated type's module: the TModule of the <see cref="IntegrationEventConsumer{TModule,TEvent}"/> it calls.</summary>
    private static Dictionary<string, string> OwningModules(HandlerGraph handlers, ModuleCatalog catalog) =>
        handlers.Chains
            .SelectMany(chain => chain.ByEndpoint.Prepend(chain))
            .Where(chain => chain.Handlers.Count > 0)
            .ToDictionary(
                chain => chain.TypeName,
                chain => catalog.Get(chain.Handlers[0].HandlerType.GetGenericArguments()[0]).Name,
                StringComparer.Ordinal);
}
