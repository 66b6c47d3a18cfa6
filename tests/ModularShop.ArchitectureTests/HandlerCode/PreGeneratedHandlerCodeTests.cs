using Microsoft.AspNetCore.Builder;
using ModularShop.Host;
using ModularShop.Host.HandlerCode;

namespace ModularShop.ArchitectureTests.HandlerCode;

/// <summary>
/// The handler code committed under src/ModularShop.Host/WolverineHandlers is what Wolverine generates for the shop's
/// modules today: the host loads it instead of compiling, so stale code would run (or fail the start). With
/// MODULARSHOP_UPDATE_HANDLER_CODE=1 (./build.sh codegen) the test rewrites the folder instead of comparing.
/// </summary>
public sealed class PreGeneratedHandlerCodeTests
{
    public const string Target = "./build.sh codegen";

    public const string UpdateVariable = "MODULARSHOP_UPDATE_HANDLER_CODE";

    private static readonly string Folder = Path.Combine(Repository.Root, "src", "ModularShop.Host", PreGeneratedHandlers.Folder);

    /// <summary>Generated once: Wolverine's code generation changes the handler chains it works on.</summary>
    private static readonly Lazy<IReadOnlyList<(string Path, string Code)>> ShopCode = new(() => PreGeneratedHandlers.Generate(ShopOnPostgres.Services));

    [Fact]
    public void The_committed_handler_code_is_what_Wolverine_generates_for_the_modules()
    {
        var generated = ShopCode.Value;
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Write(generated);
            return;
        }

        var committed = Committed();
        var missing = generated.Select(file => file.Path).Except(committed.Keys).ToList();
        var extra = committed.Keys.Except(generated.Select(file => file.Path)).ToList();
        var changed = generated.Where(file => committed.TryGetValue(file.Path, out var code) && code != file.Code).Select(file => file.Path).ToList();
        if (missing.Count + extra.Count + changed.Count > 0)
        {
            Assert.Fail(
                $"The handler code in src/ModularShop.Host/{PreGeneratedHandlers.Folder} is stale (missing: {List(missing)}; " +
                $"no longer generated: {List(extra)}; different: {List(changed)}). Run {Target} and commit the result.");
        }
    }

    /// <summary>
    /// A service, or a shop running some modules only, loads the same code for its modules as the whole shop: a service
    /// build compiles only its modules' folders. Over the broker as on local queues.
    /// </summary>
    [Theory]
    [MemberData(nameof(KnownModules.Names), MemberType = typeof(KnownModules))]
    public void A_module_running_alone_needs_the_code_the_shop_generates_for_it(string module)
    {
        var shop = ShopCode.Value.ToDictionary(file => file.Path, file => file.Code, StringComparer.Ordinal);
        foreach (var settings in new[] { $"--Modules:Run={module}", $"--Modules:Run={module} --Messaging:Transport=RabbitMq --ConnectionStrings:RabbitMq=amqp://guest:guest@localhost:5672/" })
        {
            var alone = PreGeneratedHandlers.Generate(Compose(settings.Split(' ')).Services);
            foreach (var (path, code) in alone)
            {
                path.ShouldStartWith($"{module}/", customMessage: $"running {module} alone ({settings}) needs code of another module");
                shop.TryGetValue(path, out var shopCode).ShouldBeTrue($"running {module} alone ({settings}) needs {path}, which the shop does not generate");
                code.ShouldBe(shopCode, $"running {module} alone ({settings}) needs other code in {path} than the shop's");
            }
        }
    }

    private static WebApplication Compose(string[] settings) => ShopApplication.Create(new WebApplicationOptions
    {
        Args =
        [
            "--Database:Provider=PostgreSql",
            "--ConnectionStrings:ModularShop=Host=localhost;Database=modularshop;Username=modularshop;Password=never-used",
            "--Authentication:SigningKey=architecture-tests-never-sign-anything-0123456789",
            .. KnownModules.All.Select(module => $"--Database:Roles:{module.Name}:Password=never-used"),
            .. settings,
        ],
        EnvironmentName = "Production",
        ContentRootPath = AppContext.BaseDirectory,
    });

    private static Dictionary<string, string> Committed() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories).ToDictionary(
                path => Path.GetRelativePath(Folder, path).Replace('\\', '/'),
                path => File.ReadAllText(path).ReplaceLineEndings("\n"),
                StringComparer.Ordinal)
            : [];

    private static void Write(IReadOnlyList<(string Path, string Code)> generated)
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        foreach (var (path, code) in generated)
        {
            var file = Path.Combine(Folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, code);
        }
    }

    private static string List(List<string> paths) => paths.Count == 0 ? "none" : string.Join(", ", paths);
}
