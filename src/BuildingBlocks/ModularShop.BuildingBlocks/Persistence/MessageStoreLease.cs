using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wolverine.Runtime;

namespace ModularShop.BuildingBlocks.Persistence;

/// <summary>
/// Every process that shares a message store on PostgreSQL holds a shared lease on it for as long as it lives: an
/// advisory lock on a connection of its own, which the server drops the moment the process dies. A process that starts
/// and can take the lease exclusively knows that no other process is alive, so every node the store remembers is dead:
/// it hands their messages back at once, instead of waiting for the stale-node timeout as Wolverine would. A single
/// process killed and restarted thus recovers its messages at start; with several, the survivors take over a dead one's
/// after the stale-node timeout.
/// </summary>
internal sealed partial class MessageStoreLease(PostgresModuleDatabase database, IWolverineRuntime runtime, ILogger<MessageStoreLease> logger)
    : IHostedLifecycleService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private NpgsqlConnection? _lease;
    private Task? _keeping;

    private long Key { get; } = LeaseKey(database.EnvelopeSchema);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        _lease = await OpenAsync(cancellationToken);
        if (await ScalarAsync<bool>(_lease, $"SELECT pg_try_advisory_lock({Key})", cancellationToken))
        {
            await HandBackMessagesOfDeadNodesAsync(cancellationToken);
            await ScalarAsync<bool>(_lease, $"SELECT pg_advisory_unlock({Key})", cancellationToken);
        }

        // Waits while another process, starting at the same moment, holds the lease exclusively to hand back messages.
        await ScalarAsync<object>(_lease, $"SELECT pg_advisory_lock_shared({Key})", cancellationToken);
        _keeping = KeepAsync(_stopping.Token);
    }

    public async Task StoppedAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync();
        }

        if (_keeping is not null)
        {
            await _keeping.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (_lease is not null)
        {
            await _lease.DisposeAsync();
            _lease = null;
        }

        _stopping.Dispose();
    }

    private async Task HandBackMessagesOfDeadNodesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await runtime.Storage.Nodes.ClearAllAsync(cancellationToken);
            await runtime.Storage.Admin.ReleaseAllOwnershipAsync();
            NoOtherProcess(logger, database.EnvelopeSchema);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // The first start on this database: the store's tables come with Wolverine, and hold nothing yet.
        }
    }

    /// <summary>A lease lost with its connection (the database restarted) is taken again, shared, as soon as the database answers.</summary>
    private async Task KeepAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await ScalarAsync<int>(_lease!, "SELECT 1", stopping);
            }
            catch (Exception lost) when (lost is NpgsqlException or InvalidOperationException)
            {
                try
                {
                    await _lease!.DisposeAsync();
                    _lease = await OpenAsync(stopping);
                    await ScalarAsync<object>(_lease, $"SELECT pg_advisory_lock_shared({Key})", stopping);
                    LeaseTakenAgain(logger, database.EnvelopeSchema);
                }
                catch (Exception stillDown) when (stillDown is NpgsqlException or InvalidOperationException or OperationCanceledException)
                {
                    // The database is still away; the next tick tries again.
                }
            }
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // Its own physical connection: a pooled one would be handed to others with the lock still held.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.StoreConnectionString)
        {
            Pooling = false,
            ApplicationName = "modularshop-store-lease",
            KeepAlive = 10,
        }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T?)await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>One key per message store, so that the shop and a service split out of it, each with its own store, lease apart.</summary>
    private static long LeaseKey(string envelopeSchema) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"modularshop-store-lease:{envelopeSchema}")));

    [LoggerMessage(Level = LogLevel.Information, Message = "No other process shares the message store {Schema}: the messages its earlier processes held are handed back for recovery now")]
    private static partial void NoOtherProcess(ILogger logger, string schema);

    [LoggerMessage(Level = LogLevel.Information, Message = "The lease on the message store {Schema} was lost with the database connection and is held again")]
    private static partial void LeaseTakenAgain(ILogger logger, string schema);
}
