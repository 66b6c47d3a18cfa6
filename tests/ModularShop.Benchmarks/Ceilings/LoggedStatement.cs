namespace ModularShop.Benchmarks.Ceilings;

/// <summary>A statement as PostgreSQL logged it (log_statement = all): the backend that ran it, its text and its parameters' values.</summary>
internal sealed record LoggedStatement(int Backend, string Sql, IReadOnlyList<string?> Parameters)
{
    public bool IsTransactionControl =>
        Sql.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase) || Sql.Equals("COMMIT", StringComparison.OrdinalIgnoreCase)
        || Sql.Equals("ROLLBACK", StringComparison.OrdinalIgnoreCase);
}
