using System.Diagnostics;
using CsCheck;
using ModularShop.Testing;
using Xunit.Abstractions;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>
/// Generated requests to every operation of the shop's OpenAPI document: wrong types, missing and extra fields,
/// nulls, huge and negative numbers, long and unicode strings, invalid GUIDs, duplicate keys, deep nesting, wrong
/// content types, any Accept header, and expired, unsigned, forged or foreign tokens. No answer is a 5xx; every
/// 4xx is a problem whose status is the answer's, and leaves the database as it was; the messages an accepted
/// request causes are all handled. The seed is printed; set CsCheck_Seed to it to replay the same run.
/// </summary>
public sealed class HttpSurfaceFuzzTests(ITestOutputHelper output)
{
    /// <summary>Enough for every kind of input to reach every operation, and well under a minute on two cores.</summary>
    private const int RequestsPerOperation = 70;

    [Fact]
    public async Task No_request_gets_a_5xx_every_refusal_is_a_problem_that_writes_nothing_and_what_is_accepted_is_handled()
    {
        await using var shop = await Demo.StartShopAsync(settings =>
        {
            // No checkout step may time out during the run, and write while a refusal is being checked.
            settings.Values["Modules:Ordering:StockReservationTimeout"] = "00:10:00";
            settings.Values["Modules:Ordering:PaymentAuthorizationTimeout"] = "00:10:00";
        });
        await Demo.WaitUntilInventoryStocksTheCatalogAsync(shop.Database);
        var operations = await OpenApiOperations.ReadAsync(shop);
        operations.ShouldNotBeEmpty();

        var seed = Check.Seed ?? PCG.ThreadPCG.ToString();
        output.WriteLine($"Seed {seed}; replay this run with the environment variable CsCheck_Seed={seed}");
        var run = new FuzzRun(shop, seed);
        var clock = Stopwatch.StartNew();
        try
        {
            // One sample is the whole run: an answer depends on the requests before it (a cart, an order), so the
            // seed replays the sequence, and shrinking a request apart from the others would prove nothing.
            await operations.SelectMany(operation => Enumerable.Repeat(FuzzRequest.For(operation), RequestsPerOperation)).ToArray().ShuffleSelect()
                .SampleAsync(run.ExecuteAsync, seed: seed, iter: 1, threads: 1, print: plan => $"{plan.Length} requests to {operations.Count} operations");
        }
        finally
        {
            output.WriteLine($"{run.Tally.Requests} requests to {operations.Count} operations in {clock.Elapsed.TotalSeconds:0.0} s; 5xx answers: {run.Tally.ServerErrors}");
            output.WriteLine(run.Tally.Table());
        }

        run.Tally.ServerErrors.ShouldBe(0);
    }
}
