namespace ModularShop.Host.Operations;

/// <summary>How many messages of a module (by its key, as in the path and the metrics) wait in one store, and since when the oldest one exists (null when none waits, or its id tells no time).</summary>
internal sealed record WaitingMessages(string Module, string Store, long Count, DateTimeOffset? OldestCreatedAt)
{
    public double OldestAgeSeconds(DateTimeOffset now) =>
        OldestCreatedAt is { } created && Count > 0 ? Math.Max(0, (now - created).TotalSeconds) : 0;
}

/// <summary>How many dead letters of one message a module holds.</summary>
internal sealed record DeadLetterCount(string Module, string MessageType, long Count);

/// <summary>What the message store held when it was last read.</summary>
internal sealed record MessageStoreSample(IReadOnlyList<WaitingMessages> Waiting, IReadOnlyList<DeadLetterCount> DeadLetters, DateTimeOffset TakenAt)
{
    public static MessageStoreSample Empty { get; } = new([], [], DateTimeOffset.MinValue);
}
