using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using ModularShop.BuildingBlocks.Persistence;
using ModularShop.Testing;

namespace ModularShop.Benchmarks.Shop;

/// <summary>
/// Tells shoppers when their order is final (Confirmed or Cancelled), reading Ordering's table every few
/// milliseconds on one connection: one query for all shoppers, where each polling the API would add load of its own.
/// </summary>
internal sealed class OrderWatcher : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, (long Started, TaskCompletionSource<(string Status, TimeSpan Took)> Done)> _pending = new();
    private readonly DbConnection _connection;
    private readonly string _orders;
    private readonly bool _textIds;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public OrderWatcher(TestDatabase database)
    {
        _connection = database.Open();
        _orders = database.Table("ordering", "orders");
        _textIds = database.Provider == DatabaseProvider.Sqlite;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Queries this watcher ran, which the database's transaction count includes.</summary>
    public long Queries { get; private set; }

    /// <summary>Completes when the order is final, with its status and the time since <paramref name="started"/> (a Stopwatch timestamp).</summary>
    public Task<(string Status, TimeSpan Took)> FinalAsync(Guid order, long started)
    {
        var done = new TaskCompletionSource<(string, TimeSpan)>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[order] = (started, done);
        return done.Task;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var ids = _pending.Keys.ToList();
            if (ids.Count > 0)
            {
                await using var command = _connection.CreateCommand();
                var list = string.Join(", ", ids.Select(id => _textIds ? $"'{id.ToString().ToUpperInvariant()}'" : $"'{id}'"));
                command.CommandText = $"SELECT {(_textIds ? "upper(id)" : "id")}, status FROM {_orders} WHERE {(_textIds ? "upper(id)" : "id")} IN ({list}) AND status IN ('Confirmed', 'Cancelled')";
                Queries++;
                await using var reader = await command.ExecuteReaderAsync();
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync())
                {
                    var id = _textIds ? Guid.Parse(reader.GetString(0)) : reader.GetGuid(0);
                    if (_pending.TryRemove(id, out var waiting))
                    {
                        waiting.Done.TrySetResult((reader.GetString(1), Stopwatch.GetElapsedTime(waiting.Started, now)));
                    }
                }
            }

            try
            {
                await Task.Delay(5, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        foreach (var (_, waiting) in _pending)
        {
            waiting.Done.TrySetCanceled();
        }

        await _connection.DisposeAsync();
        _stop.Dispose();
    }
}
