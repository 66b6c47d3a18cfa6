using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ModularShop.Testing;

namespace ModularShop.Benchmarks.Ceilings;

/// <summary>
/// The single-writer ceiling on SQLite: the reads and writes of one add to cart (as the shop's EF Core statements
/// make them: the product, the cart with its lines, the line's and the cart's update in one transaction, the cart
/// view), in a plain loop on one connection to the shop's own file, with the shop's journal mode (WAL).
/// </summary>
internal static class SqliteWriterLoop
{
    public static double AddsPerSecond(TestDatabase database, string file, TimeSpan duration)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        connection.Open();
        var products = database.Table("cart", "products");
        var carts = database.Table("cart", "carts");
        var lines = database.Table("cart", "cart_lines");
        var customers = Column(connection, $"SELECT customer_id FROM {carts} WHERE customer_id LIKE 'bench-%' ORDER BY customer_id LIMIT 1000");
        var productIds = Column(connection, $"SELECT product_id FROM {products} ORDER BY product_id");
        using var readProduct = Command(connection, $"SELECT product_id, currency, name, price_cents, sku, updated_at, version FROM {products} WHERE product_id = $product LIMIT 2");
        using var readCart = Command(connection, $"""
            SELECT c.customer_id, c.currency, c.updated_at, c.version, l.customer_id, l.product_id, l.added_at, l.quantity
            FROM (SELECT * FROM {carts} WHERE customer_id = $customer LIMIT 2) AS c
            LEFT JOIN {lines} AS l ON c.customer_id = l.customer_id ORDER BY c.customer_id, l.customer_id
            """);
        using var updateLine = Command(connection, $"UPDATE {lines} SET quantity = quantity + 1 WHERE customer_id = $customer AND product_id = $product RETURNING 1");
        using var insertLine = Command(connection, $"INSERT INTO {lines} (customer_id, product_id, added_at, quantity) VALUES ($customer, $product, $now, 1)");
        using var updateCart = Command(connection, $"UPDATE {carts} SET currency = 'EUR', updated_at = $now, version = version + 1 WHERE customer_id = $customer AND version = $version RETURNING 1");
        using var view = Command(connection, $"""
            SELECT l.product_id, l.added_at, l.quantity, p.product_id, p.currency, p.name, p.price_cents, p.sku
            FROM {carts} AS c INNER JOIN {lines} AS l ON c.customer_id = l.customer_id INNER JOIN {products} AS p ON l.product_id = p.product_id
            WHERE c.customer_id = $customer
            """);

        var clock = Stopwatch.StartNew();
        long adds = 0;
        while (clock.Elapsed < duration)
        {
            var customer = customers[(int)(adds % customers.Count)];
            var product = productIds[(int)(adds / customers.Count % productIds.Count)];
            var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);
            Drain(readProduct, ("$product", product));
            var version = 0L;
            using (var reader = Bind(readCart, ("$customer", customer)).ExecuteReader())
            {
                while (reader.Read())
                {
                    version = reader.GetInt64(3);
                }
            }

            using (var transaction = connection.BeginTransaction())
            {
                foreach (var command in new[] { updateLine, insertLine, updateCart })
                {
                    command.Transaction = transaction;
                }

                if (Bind(updateLine, ("$customer", customer), ("$product", product)).ExecuteScalar() is null)
                {
                    Bind(insertLine, ("$customer", customer), ("$product", product), ("$now", now)).ExecuteNonQuery();
                }

                Bind(updateCart, ("$customer", customer), ("$now", now), ("$version", version)).ExecuteScalar();
                transaction.Commit();
            }

            Drain(view, ("$customer", customer));
            adds++;
        }

        return adds / clock.Elapsed.TotalSeconds;
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values.Count > 0 ? values : throw new InvalidOperationException($"Nothing to loop over: {sql}");
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static SqliteCommand Bind(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static void Drain(SqliteCommand command, params (string Name, object Value)[] values)
    {
        using var reader = Bind(command, values).ExecuteReader();
        while (reader.Read())
        {
        }
    }
}
