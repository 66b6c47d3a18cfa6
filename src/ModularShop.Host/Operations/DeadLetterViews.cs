using System.Text.Json;
using Wolverine.Persistence.Durability;

namespace ModularShop.Host.Operations;

/// <summary>A dead letter as a list shows it: what failed, where, how and when.</summary>
/// <param name="Queue">The listener address of the queue it failed on.</param>
/// <param name="Source">The service that sent it.</param>
/// <param name="Attempts">How many times its handler ran before it was given up on.</param>
internal sealed record DeadLetterSummary(
    Guid Id,
    string Module,
    string MessageType,
    string ExceptionType,
    string ExceptionMessage,
    int Attempts,
    DateTimeOffset? FailedAt,
    DateTimeOffset SentAt,
    string Source,
    string Queue,
    int ReplayCount)
{
    public static DeadLetterSummary Of(DeadLetterEnvelope letter, string module) => new(
        letter.Id,
        module,
        letter.MessageType,
        letter.ExceptionType,
        letter.ExceptionMessage,
        letter.Envelope.Attempts,
        letter.FailedAt,
        letter.SentAt,
        letter.Source,
        letter.ReceivedAt,
        letter.ReplayCount);
}

/// <summary>A dead letter with its message, as JSON when it is JSON; otherwise <see cref="Body"/> is null and <see cref="BodyBase64"/> holds its bytes.</summary>
internal sealed record DeadLetterDetail(DeadLetterSummary DeadLetter, JsonElement? Body, string? BodyBase64, DateTimeOffset? FirstFailedAt, DateTimeOffset? LastReplayedAt)
{
    public static DeadLetterDetail Of(DeadLetterEnvelope letter, string module)
    {
        var data = letter.Envelope.Data ?? [];
        JsonElement? body = null;
        string? base64 = null;
        try
        {
            using var json = JsonDocument.Parse(data);
            body = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            base64 = Convert.ToBase64String(data);
        }

        return new DeadLetterDetail(DeadLetterSummary.Of(letter, module), body, base64, letter.FirstFailedAt, letter.LastReplayedAt);
    }
}

internal sealed record DeadLetterPage(IReadOnlyList<DeadLetterSummary> Items, int Page, int PageSize, int Total);

/// <summary>How many dead letters an operation touched.</summary>
internal sealed record DeadLettersAffected(int Count);

/// <summary>What waits in one store of a module.</summary>
/// <param name="OldestAgeSeconds">How long the oldest of them has existed; 0 when none waits.</param>
internal sealed record WaitingView(string Store, long Count, double OldestAgeSeconds, DateTimeOffset? OldestCreatedAt);

internal sealed record ModuleWaiting(string Module, IReadOnlyList<WaitingView> Stores);

internal sealed record ModuleOperationsSummary(string Module, long DeadLetters, IReadOnlyList<WaitingView> Waiting);
