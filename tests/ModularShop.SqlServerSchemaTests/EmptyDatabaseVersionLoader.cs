using FluentMigrator.Runner;
using FluentMigrator.Runner.Generators;
using FluentMigrator.Runner.Initialization;
using FluentMigrator.Runner.Processors;
using FluentMigrator.Runner.VersionTableInfo;
using Microsoft.Extensions.Options;

namespace ModularShop.SqlServerSchemaTests;

/// <summary>
/// A version loader for a database that is empty and never asked: every migration is unapplied. FluentMigrator's own
/// connectionless loader records versions in a version table it never creates; this one first does what the connected
/// loader does on an empty database (create the version table's schema, the table, its unique index and its description
/// column), so that the output is the whole script an empty database would receive.
/// </summary>
internal sealed class EmptyDatabaseVersionLoader : ConnectionlessVersionLoader
{
    public EmptyDatabaseVersionLoader(
        IGeneratorAccessor generatorAccessor,
        IProcessorAccessor processorAccessor,
        IMigrationRunnerConventions conventions,
        IOptions<RunnerOptions> runnerOptions,
        IMigrationInformationLoader migrationInformationLoader,
        IVersionTableMetaData versionTableMetaData,
        IMigrationRunner runner)
        : base(generatorAccessor, processorAccessor, conventions, runnerOptions, migrationInformationLoader, versionTableMetaData)
    {
        runner.Up(VersionSchemaMigration);
        runner.Up(VersionMigration);
        runner.Up(VersionUniqueMigration);
        runner.Up(VersionDescriptionMigration);
    }
}
