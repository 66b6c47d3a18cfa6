// The build of ModularShop. Run through ./build.sh <target>; targets are case-insensitive.
using System.Xml.Linq;

var target = Argument("target", "test");
var configuration = Argument("configuration", "Release");
var solution = File("./ModularShop.sln");
var artifacts = Directory("./artifacts");
var testResults = artifacts + Directory("test-results");
var sqlServerSchemaTests = File("./tests/ModularShop.SqlServerSchemaTests/ModularShop.SqlServerSchemaTests.csproj");

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
    .Description("Builds everything and runs every test suite; writes the counts to artifacts/test-results/summary.txt.")
    .IsDependentOn("build")
    .Does(() =>
{
    CleanDirectory(testResults);
    var failed = false;
    try
    {
        DotNetTest(solution, new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            NoRestore = true,
            ResultsDirectory = testResults,
            Loggers = { "trx", "console;verbosity=normal" },
            ArgumentCustomization = args => args.Append("-m:1"),
        });
    }
    catch (Exception)
    {
        failed = true;
    }

    var summary = SummarizeTestResults(testResults);
    System.IO.File.WriteAllText(testResults + File("summary.txt"), summary + Environment.NewLine);
    Information(summary);
    if (failed)
    {
        throw new Exception($"Tests failed: {summary}");
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

// Counts from the TRX files the test runs wrote: passed, failed (including errors, timeouts and aborts), skipped.
string SummarizeTestResults(ConvertableDirectoryPath directory)
{
    long passed = 0, failed = 0, skipped = 0;
    foreach (var trx in GetFiles(directory.Path.FullPath + "/**/*.trx"))
    {
        var counters = XDocument.Load(trx.FullPath).Descendants().First(element => element.Name.LocalName == "Counters");
        long Count(string name) => long.Parse(counters.Attribute(name)?.Value ?? "0");
        passed += Count("passed");
        failed += Count("failed") + Count("error") + Count("timeout") + Count("aborted");
        skipped += Count("notExecuted") + Count("inconclusive");
    }

    return $"{passed} passed, {failed} failed, {skipped} skipped";
}
