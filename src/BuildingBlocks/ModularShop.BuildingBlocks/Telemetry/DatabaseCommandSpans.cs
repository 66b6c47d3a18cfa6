using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ModularShop.BuildingBlocks.Persistence;

namespace ModularShop.BuildingBlocks.Telemetry;

/// <summary>
/// A client span for every command a module's DbContext runs, named after the statement and the module's schema
/// (<c>INSERT cart</c>) in OpenTelemetry's database conventions. One interceptor covers SQLite and PostgreSQL alike;
/// neither EF Core nor Microsoft.Data.Sqlite publishes spans of its own. Only commands run within a trace (a request,
/// a message) get one: background work such as seeding or purging would make a trace of every statement.
/// </summary>
internal sealed class DatabaseCommandSpans(string module, ModuleTableLayout layout) : DbCommandInterceptor
{
    // Keyed by EF Core's id of the execution: a table weakly keyed by the command object would cost a GC handle per
    // command, freed by the finalizer thread, which the profile showed busy under load.
    private readonly ConcurrentDictionary<Guid, Activity> _running = new();
    private readonly string _system = layout.Provider == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite";

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Start(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Start(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Start(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Start(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Start(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Stop(eventData, error: null);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Stop(eventData, error: null);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Stop(eventData, error: null);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Stop(eventData, error: null);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Stop(eventData, error: null);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Stop(eventData, error: null);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Stop(eventData, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(eventData, eventData.Exception);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Stop(eventData, new OperationCanceledException());

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(eventData, new OperationCanceledException());
        return Task.CompletedTask;
    }

    private void Start(DbCommand command, CommandEventData eventData)
    {
        if (Activity.Current is null || !ShopTelemetry.Source.HasListeners())
        {
            return;
        }

        var operation = OperationOf(command.CommandText);
        var activity = ShopTelemetry.Source.StartActivity($"{operation} {layout.ModuleSchema}", ActivityKind.Client);
        if (activity is null)
        {
            return;
        }

        if (activity.IsAllDataRequested)
        {
            activity.SetTag("db.system.name", _system);
            activity.SetTag("db.namespace", layout.ModuleSchema);
            activity.SetTag("db.operation.name", operation);
            activity.SetTag("db.query.text", command.CommandText);
            activity.SetTag(ShopTelemetry.ModuleAttribute, module);
        }

        _running[eventData.CommandId] = activity;
    }

    private void Stop(CommandEventData eventData, Exception? error)
    {
        if (!_running.TryRemove(eventData.CommandId, out var activity))
        {
            return;
        }

        if (error is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, error.Message);
            activity.SetTag("error.type", error.GetType().FullName);
        }

        activity.Dispose();
    }

    /// <summary>The statement's first keyword; EF Core batches start with the first statement of the batch.</summary>
    private static string OperationOf(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        var end = text.IndexOfAny(' ', '\n', '\r');
        var keyword = end < 0 ? text : text[..end];
        return keyword.Length is > 0 and <= 16 ? keyword.ToString().ToUpperInvariant() : "SQL";
    }
}
