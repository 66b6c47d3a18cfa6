using ModularShop.Testing;
using Xunit.Sdk;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>
/// Sends a plan of generated requests to the shop one after the other and checks every answer's properties, that a
/// refused request left the database as it was, and that the messages an accepted one caused were all handled.
/// Every broken property is collected, so that one run shows them all.
/// </summary>
internal sealed class FuzzRun(TestShop shop, string seed)
{
    private const int ShownFailures = 5;

    private readonly KnownIds _known = new();
    private readonly List<(string Kind, string Detail)> _failures = [];

    public FuzzTally Tally { get; } = new();

    public async Task ExecuteAsync(FuzzRequest[] plan)
    {
        using var client = shop.Anonymous();
        client.Timeout = TimeSpan.FromSeconds(30);
        var settled = await SettledAsync();
        var failedMessages = shop.Database.FailedMessages();
        var previous = "none";
        for (var index = 0; index < plan.Length; index++)
        {
            var request = plan[index];
            var path = request.PathFor(_known);
            var answer = await SendAsync(client, request, path);
            Tally.Count(request.Operation, answer);
            var broken = answer.BrokenProperties().ToList();
            if (answer.IsRefusal)
            {
                var changed = shop.Database.Fingerprint().ChangedSince(settled);
                if (changed.Count > 0)
                {
                    broken.Add($"the refused request changed {string.Join(", ", changed)}");
                    settled = await SettledAsync();
                }
            }
            else
            {
                foreach (var (name, id) in answer.Ids())
                {
                    _known.Learn(name, id);
                }

                // Whatever it changed, an accepted request may go on changing the database through its messages.
                settled = await SettledAsync();
                if (shop.Database.FailedMessages() is var failed && failed > failedMessages)
                {
                    broken.Add($"{failed - failedMessages} message(s) it caused failed in their handler");
                    failedMessages = failed;
                }
            }

            if (broken.Count > 0)
            {
                _failures.Add(($"{broken[0]}: {request.Operation}", $"{string.Join("; ", broken)}\nrequest {index + 1} of {plan.Length}: {request.Describe(path)}\nanswer: {answer}\nthe request before: {previous}"));
            }

            previous = $"{request.Operation.Method} {path.Abbreviated(200)} with {request.Body?.Kind ?? "no body"} ({request.Body?.Bytes.Length ?? 0} bytes), answered {answer.Status}";
        }

        if (_failures.Count > 0)
        {
            var kinds = string.Join("\n", _failures.GroupBy(failure => failure.Kind).Select(kind => $"  {kind.Count()} × {kind.Key}"));
            var shown = string.Join("\n\n", _failures.Take(ShownFailures).Select(failure => failure.Detail));
            throw new XunitException($"{_failures.Count} of {plan.Length} requests broke a property (replay with CsCheck_Seed={seed}):\n{kinds}\n\nThe first {Math.Min(ShownFailures, _failures.Count)}:\n\n{shown}");
        }
    }

    /// <summary>The database once the shop has nothing left to do: what a refused request must leave as it is.</summary>
    private async Task<DatabaseFingerprint> SettledAsync()
    {
        await shop.IdleAsync();
        return shop.Database.Fingerprint();
    }

    private static async Task<FuzzAnswer> SendAsync(HttpClient client, FuzzRequest request, string path)
    {
        using var message = request.ToMessage(path);
        try
        {
            using var response = await client.SendAsync(message);
            return await FuzzAnswer.ReadAsync(response);
        }
        catch (HttpRequestException exception)
        {
            // No answer at all is as bad as a 500: count it as one, and say what the client saw.
            return new FuzzAnswer(599, null, $"no answer: {exception.GetBaseException().Message}", ReachedTheShop: false);
        }
    }
}
