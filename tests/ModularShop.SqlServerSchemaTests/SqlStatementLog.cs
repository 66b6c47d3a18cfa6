using FluentMigrator.Runner;
using Microsoft.Extensions.Logging;

namespace ModularShop.SqlServerSchemaTests;

/// <summary>Collects the SQL statements FluentMigrator logs, in the order it would have sent them to the server.</summary>
internal sealed class SqlStatementLog : ILoggerProvider
{
    private readonly List<string> _statements = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_lock)
            {
                return [.. _statements];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith("FluentMigrator.", StringComparison.Ordinal) ? new StatementLogger(this) : NoStatements.Instance;

    public void Dispose()
    {
    }

    private void Add(string statement)
    {
        lock (_lock)
        {
            _statements.Add(statement);
        }
    }

    private sealed class StatementLogger(SqlStatementLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == RunnerEventIds.Sql.Id)
            {
                log.Add(formatter(state, exception));
            }
        }
    }

    private sealed class NoStatements : ILogger
    {
        public static readonly NoStatements Instance = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
