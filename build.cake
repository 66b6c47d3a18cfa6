// The build of ModularShop. Run through ./build.sh <target>; targets are case-insensitive.
using System.Xml.Linq;

var target = Argument("target", "test");
var configuration = Argument("configuration", "Release");
var solution = File("./ModularShop.sln");
var artifacts = Directory("./artifacts");
var testResults = artifacts + Directory("test-results");
var sqlServerSchemaTests = File("./tests/ModularShop.SqlServerSchemaTests/ModularShop.SqlServerSchemaTests.csproj");
var architectureTests = File("./tests/ModularShop.ArchitectureTests/ModularShop.ArchitectureTests.csproj");
var endToEndTests = File("./tests/ModularShop.EndToEndTests/ModularShop.EndToEndTests.csproj");

Task("clean")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Quiet });
});

Task("restore")
    .Does(() => DotNetRestore(solution));

Task("build")
    .IsDependentOn("restore")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
    });
});

Task("test")
    .Description("Builds everything and runs every test suite: on SQLite, on PostgreSQL, and on PostgreSQL with RabbitMQ as the bus; writes the failed tests and the counts to artifacts/test-results/summary.txt.")
    .IsDependentOn("build")
    .Does(() =>
{
    CleanDirectory(testResults);
    var failed = new List<string>();
    try
    {
        RunTests("sqlite", GetFiles("./tests/**/*Tests.csproj"), new Dictionary<string, string> { ["MODULARSHOP_TEST_DATABASE"] = "Sqlite" }, failed);

        // The suites that start shops run again, each test on a PostgreSQL database of its own: once with the local
        // bus, once with RabbitMQ carrying every message. Servers that already ran (a developer's) are left running.
        var shopSuites = GetFiles("./tests/**/*Tests.csproj").Where(project => UsesDatabase(project)).ToList();
        using var postgres = LoopbackServer.Start(Context, "postgres");
        RunTests(
            "postgresql",
            shopSuites,
            new Dictionary<string, string> { ["MODULARSHOP_TEST_DATABASE"] = "PostgreSql", ["MODULARSHOP_TEST_POSTGRES"] = postgres.Connection },
            failed);

        using var rabbitmq = LoopbackServer.Start(Context, "rabbitmq");
        RunTests(
            "postgresql-rabbitmq",
            shopSuites,
            new Dictionary<string, string>
            {
                ["MODULARSHOP_TEST_DATABASE"] = "PostgreSql",
                ["MODULARSHOP_TEST_POSTGRES"] = postgres.Connection,
                ["MODULARSHOP_TEST_TRANSPORT"] = "RabbitMq",
                ["MODULARSHOP_TEST_RABBITMQ"] = rabbitmq.Connection,
            },
            failed);
    }
    finally
    {
        var figures = CollectFigures(testResults);
        System.IO.File.WriteAllText(testResults + File("figures.txt"), figures + Environment.NewLine);
        var summary = SummarizeTestResults(testResults);
        System.IO.File.WriteAllText(testResults + File("summary.txt"), summary + Environment.NewLine);
        Information(summary);
    }

    if (failed.Count > 0)
    {
        throw new Exception($"Tests failed in: {string.Join(", ", failed)}");
    }
});

Task("test-sqlite")
    .Description("The inner loop: builds everything and runs every test suite on SQLite only, with local queues; the tests that need PostgreSQL or RabbitMQ show as skipped.")
    .IsDependentOn("build")
    .Does(() =>
{
    CleanDirectory(testResults);
    var failed = new List<string>();
    RunTests("sqlite", GetFiles("./tests/**/*Tests.csproj"), new Dictionary<string, string> { ["MODULARSHOP_TEST_DATABASE"] = "Sqlite" }, failed);
    var summary = SummarizeTestResults(testResults);
    System.IO.File.WriteAllText(testResults + File("summary.txt"), summary + Environment.NewLine);
    Information(summary);
    if (failed.Count > 0)
    {
        throw new Exception($"Tests failed in: {string.Join(", ", failed)}");
    }
});

Task("bench")
    .Description("The benchmark: builds Release, starts PostgreSQL and RabbitMQ through scripts/, runs every scenario against the real host over HTTP beside its ceilings measured in the same run, prints one table and writes it with the raw figures to artifacts/bench/. --quick: seconds per scenario; --sqlite, --postgresql or --split: one part only.")
    .IsDependentOn("build")
    .Does(() =>
{
    using var postgres = LoopbackServer.Start(Context, "postgres");
    using var rabbitmq = LoopbackServer.Start(Context, "rabbitmq");
    var arguments = new ProcessArgumentBuilder().Append("tests/ModularShop.Benchmarks/bin/" + configuration + "/net10.0/ModularShop.Benchmarks.dll");
    foreach (var flag in new[] { "quick", "sqlite", "postgresql", "split" }.Where(flag => HasArgument(flag)))
    {
        arguments.Append("--" + flag);
    }

    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = arguments,
        EnvironmentVariables = new Dictionary<string, string>
        {
            ["MODULARSHOP_TEST_POSTGRES"] = postgres.Connection,
            ["MODULARSHOP_TEST_RABBITMQ"] = rabbitmq.Connection,
        },
    });
    if (exit != 0)
    {
        throw new Exception("The benchmark met problems (listed above its table): a scenario failed or a call answered an error.");
    }
});

Task("postgres-start")
    .Description("Starts the private PostgreSQL cluster (scripts/postgres.sh) and prints its administrator's connection string.")
    .Does(() => Information(LoopbackServer.Start(Context, "postgres").Connection));

Task("postgres-stop")
    .Does(() => StartProcess("./scripts/postgres.sh", new ProcessSettings { Arguments = "stop" }));

Task("rabbitmq-start")
    .Description("Starts the private RabbitMQ node (scripts/rabbitmq.sh) and prints its AMQP URI.")
    .Does(() => Information(LoopbackServer.Start(Context, "rabbitmq").Connection));

Task("rabbitmq-stop")
    .Does(() => StartProcess("./scripts/rabbitmq.sh", new ProcessSettings { Arguments = "stop" }));

Task("publish")
    .Description("Publishes the whole shop (every module in one host) to artifacts/shop.")
    .Does(() => PublishHost(modules: null, artifacts + Directory("shop")));

Task("publish-service")
    .Description("Publishes one module as its own service, e.g. --module=Payments: the host, the building blocks, that module and the contracts it uses, to artifacts/services/<module>.")
    .Does(() =>
{
    var module = Argument<string>("module", null) ?? throw new Exception("Name the module to publish: ./build.sh publish-service --module=Payments");
    PublishHost(module, artifacts + Directory("services") + Directory(module.ToLowerInvariant()));
});

Task("architecture")
    .Description("Runs only the architecture tests: the module boundaries, and whether docs/modules.md, docs/messages.md and the pre-generated handler code are up to date.")
    .Does(() =>
{
    DotNetTest(architectureTests, new DotNetTestSettings
    {
        Configuration = configuration,
        EnvironmentVariables = { ["MODULARSHOP_UPDATE_DOCS"] = "0", ["MODULARSHOP_UPDATE_HANDLER_CODE"] = "0" },
    });
});

Task("docs")
    .Description("Regenerates docs/modules.md and docs/messages.md from the code and adds new messages and optional fields to docs/published-messages.json; review the diff and commit it.")
    .Does(() =>
{
    DotNetTest(architectureTests, new DotNetTestSettings
    {
        Configuration = configuration,
        Filter = "FullyQualifiedName~GeneratedDocsTests",
        EnvironmentVariables = { ["MODULARSHOP_UPDATE_DOCS"] = "1" },
    });
});

Task("codegen")
    .Description("Regenerates Wolverine's handler code under src/ModularShop.Host/WolverineHandlers from the modules; review the diff and commit it.")
    .Does(() =>
{
    DotNetTest(architectureTests, new DotNetTestSettings
    {
        Configuration = configuration,
        Filter = "FullyQualifiedName~PreGeneratedHandlerCodeTests",
        EnvironmentVariables = { ["MODULARSHOP_UPDATE_HANDLER_CODE"] = "1" },
    });
});

Task("screenshots")
    .Description("Runs the browser tests, which write screenshots of the pages to artifacts/screenshots/, and copies those the README shows to docs/screenshots/; review them and commit them.")
    .IsDependentOn("build")
    .Does(() =>
{
    DotNetTest(endToEndTests, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Filter = "FullyQualifiedName~ModularShop.EndToEndTests.Browser",
        EnvironmentVariables = { ["MODULARSHOP_TEST_DATABASE"] = "Sqlite" },
    });
    var shown = Directory("./docs/screenshots");
    EnsureDirectoryExists(shown);
    foreach (var page in new[] { "storefront", "order", "ops-console" })
    {
        CopyFile(artifacts + Directory("screenshots") + File($"{page}.png"), shown + File($"{page}.png"));
        Information($"wrote docs/screenshots/{page}.png");
    }
});

Task("sqlserver-snapshots")
    .Description("Regenerates the SQL Server DDL snapshots under tests/ModularShop.SqlServerSchemaTests/Snapshots from the code; review the diff and commit it.")
    .Does(() =>
{
    DotNetTest(sqlServerSchemaTests, new DotNetTestSettings
    {
        Configuration = configuration,
        EnvironmentVariables = { ["MODULARSHOP_UPDATE_SNAPSHOTS"] = "1" },
        // Detailed, so that each "wrote ..." line of the tests shows.
        Loggers = { "console;verbosity=detailed" },
    });
});

RunTarget(target);

void RunTests(string pass, IEnumerable<FilePath> projects, IDictionary<string, string> environment, List<string> failed)
{
    foreach (var project in projects)
    {
        try
        {
            DotNetTest(project.FullPath, new DotNetTestSettings
            {
                Configuration = configuration,
                NoBuild = true,
                NoRestore = true,
                ResultsDirectory = testResults + Directory(pass),
                Loggers = { $"trx;LogFilePrefix={project.GetFilenameWithoutExtension()}", "console;verbosity=normal" },
                // The test target compares the SQL Server snapshots and the generated docs; only their own targets rewrite them.
                EnvironmentVariables = new Dictionary<string, string>(environment) { ["MODULARSHOP_UPDATE_SNAPSHOTS"] = "0", ["MODULARSHOP_UPDATE_DOCS"] = "0", ["MODULARSHOP_UPDATE_HANDLER_CODE"] = "0" },
                // A run that hangs is stopped and reported, instead of eating the whole time CI allows.
                ArgumentCustomization = args => args.Append("--blame-hang-timeout 10m"),
            });
        }
        catch (Exception)
        {
            failed.Add($"{project.GetFilenameWithoutExtension()} ({pass})");
        }
    }
}

// A test project that starts shops runs on every database; the others (architecture, generated SQL) need none.
bool UsesDatabase(FilePath project) =>
    System.IO.File.ReadAllText(project.FullPath).Contains("ModularShop.Testing.csproj");

// The host with every module (modules: null), or a service carrying only the named ones.
void PublishHost(string modules, DirectoryPath output)
{
    // A publish adds files and removes none: what an earlier build carried would still be there.
    CleanDirectory(output);
    var settings = new DotNetPublishSettings { Configuration = configuration, OutputDirectory = output };
    if (modules is not null)
    {
        settings.MSBuildSettings = new DotNetMSBuildSettings().WithProperty("ShopModules", modules);
    }

    DotNetPublish("./src/ModularShop.Host/ModularShop.Host.csproj", settings);
    Information($"Published to {output.FullPath}");
}

// A server started on loopback by its scripts/<name>.sh, for as long as the object lives; one that already ran
// before (a developer's) is left running.
sealed class LoopbackServer : IDisposable
{
    private readonly ICakeContext _context;
    private readonly string _script;
    private readonly bool _startedHere;

    private LoopbackServer(ICakeContext context, string script, bool startedHere, string connection)
    {
        _context = context;
        _script = script;
        _startedHere = startedHere;
        Connection = connection;
    }

    public string Connection { get; }

    public static LoopbackServer Start(ICakeContext context, string name)
    {
        var script = $"./scripts/{name}.sh";
        var quiet = new ProcessSettings { Arguments = "status", RedirectStandardOutput = true, RedirectStandardError = true };
        var alreadyRunning = context.StartProcess(script, quiet) == 0;
        var exit = context.StartProcess(script, new ProcessSettings { Arguments = "start", RedirectStandardOutput = true }, out var output);
        var lines = output.ToList();
        if (exit != 0 || lines.Count == 0)
        {
            throw new Exception($"{script} start failed ({exit}).");
        }

        return new LoopbackServer(context, script, startedHere: !alreadyRunning, connection: lines.Last());
    }

    public void Dispose()
    {
        if (_startedHere)
        {
            _context.StartProcess(_script, new ProcessSettings { Arguments = "stop" });
        }
    }
}

// What the tests printed (outage durations, recovery times, fuzzing counts), from the TRX files, by pass and test.
string CollectFigures(ConvertableDirectoryPath directory)
{
    var lines = new List<string>();
    foreach (var trx in GetFiles(directory.Path.FullPath + "/**/*.trx").OrderBy(file => file.FullPath))
    {
        var pass = trx.GetDirectory().GetDirectoryName();
        foreach (var result in XDocument.Load(trx.FullPath).Descendants().Where(element => element.Name.LocalName == "UnitTestResult"))
        {
            var printed = result.Descendants().FirstOrDefault(element => element.Name.LocalName == "StdOut")?.Value;
            if (string.IsNullOrWhiteSpace(printed))
            {
                continue;
            }

            // Class.Method(arguments), without the namespace.
            var test = result.Attribute("testName")?.Value ?? "";
            var method = test.Split('(')[0];
            lines.Add($"{pass}: {string.Join('.', method.Split('.').TakeLast(2))}{test[method.Length..]}");
            lines.AddRange(printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => "  " + line));
        }
    }

    return string.Join(Environment.NewLine, lines);
}

// From the TRX files the test runs wrote: a line per failed test (its pass, its name and the start of its message), then
// the counts: passed, failed (including errors, timeouts and aborts), skipped.
string SummarizeTestResults(ConvertableDirectoryPath directory)
{
    long passed = 0, failed = 0, skipped = 0;
    var failures = new List<string>();
    foreach (var trx in GetFiles(directory.Path.FullPath + "/**/*.trx").OrderBy(file => file.FullPath))
    {
        var document = XDocument.Load(trx.FullPath);
        var counters = document.Descendants().First(element => element.Name.LocalName == "Counters");
        long Count(string name) => long.Parse(counters.Attribute(name)?.Value ?? "0");
        passed += Count("passed");
        failed += Count("failed") + Count("error") + Count("timeout") + Count("aborted");
        // A skipped test counts in the total but not among the executed.
        skipped += Count("total") - Count("executed") + Count("inconclusive");

        var pass = trx.GetDirectory().GetDirectoryName();
        foreach (var result in document.Descendants().Where(element => element.Name.LocalName == "UnitTestResult"))
        {
            var outcome = result.Attribute("outcome")?.Value;
            if (outcome is "Passed" or "NotExecuted" or "Inconclusive")
            {
                continue;
            }

            var message = result.Descendants().FirstOrDefault(element => element.Name.LocalName == "Message")?.Value ?? outcome;
            // Assertion messages span lines ("x / should be / 1 / but was / 2"); one line of them reads well enough.
            var oneLine = string.Join(" ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            failures.Add($"{outcome} ({pass}): {result.Attribute("testName")?.Value}: {(oneLine.Length > 400 ? oneLine[..400] + "..." : oneLine)}");
        }
    }

    failures.Add($"{passed} passed, {failed} failed, {skipped} skipped");
    return string.Join(Environment.NewLine, failures);
}
