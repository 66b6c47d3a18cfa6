using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ModularShop.BuildingBlocks.Modules;
using ModularShop.BuildingBlocks.Persistence.Migrations;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Databases;

/// <summary>
/// Ordering's move of card tokens out of <c>orders</c>, migration by migration as a rollout takes it: expand before
/// it, the data at the next start, the contract step when an operator names it, and back down.
/// </summary>
public sealed class ExpandContractTests : IAsyncLifetime
{
    private const string Expand = "HoldPaymentTokensApart";
    private const string MoveData = "MovePaymentTokens";
    private const string Contract = "DropOrdersPaymentToken";

    private TestDatabase _database = null!;
    private WebApplication _app = null!;
    private ModuleMigrator _migrator = null!;
    private ModuleDescriptor _ordering = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _app = UnstartedShop.On(_database);
        _migrator = _app.Services.GetRequiredService<ModuleMigrator>();
        _ordering = _app.Services.GetRequiredService<ModuleCatalog>().All.Single(module => module.Name == "Ordering");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_start_stops_short_of_the_contract_step_which_runs_once_it_is_named()
    {
        await _migrator.MigrateUpAsync(CancellationToken.None);

        var states = (await _migrator.ListAsync(CancellationToken.None)).Where(state => state.Module == _ordering.Name).ToList();
        var contract = states.Where(state => state.ContractStep).ShouldHaveSingleItem();
        contract.Name.ShouldBe(Contract);
        contract.Applied.ShouldBeFalse();
        states.Where(state => !state.ContractStep).ShouldAllBe(state => state.Applied);
        HasPaymentTokenColumn().ShouldBeTrue();

        await _migrator.MigrateUpAsync(_ordering, _migrator.VersionOf(_ordering, Contract), CancellationToken.None);

        HasPaymentTokenColumn().ShouldBeFalse();
        (await _migrator.ListAsync(CancellationToken.None)).Where(state => state.Module == _ordering.Name).ShouldAllBe(state => state.Applied);
    }

    [Fact]
    public async Task A_token_the_version_before_left_on_an_order_is_held_after_the_next_start_and_outlives_the_contract_and_its_undoing()
    {
        var orderId = Guid.CreateVersion7();
        await _migrator.MigrateUpAsync(_ordering, _migrator.VersionOf(_ordering, Expand), CancellationToken.None);
        PlaceAsTheVersionBeforeTheExpandStep(orderId, "tok_visa");

        await _migrator.MigrateUpAsync(_ordering, version: null, CancellationToken.None);
        var heldAfterTheStart = HeldToken(orderId);
        await _migrator.MigrateUpAsync(_ordering, _migrator.VersionOf(_ordering, Contract), CancellationToken.None);
        var heldAfterTheContract = HeldToken(orderId);
        await _migrator.MigrateDownAsync(_ordering, _migrator.VersionOf(_ordering, MoveData)!.Value, CancellationToken.None);

        heldAfterTheStart.ShouldBe("tok_visa");
        heldAfterTheContract.ShouldBe("tok_visa");
        HasPaymentTokenColumn().ShouldBeTrue();
        Text($"SELECT payment_token FROM {_database.Table("ordering", "orders")} WHERE id = {TestDatabase.Id(orderId)}").ShouldBe("tok_visa");
    }

    [Fact]
    public async Task No_step_keeps_the_token_of_an_order_that_was_paid_for_and_the_next_start_forgets_one_the_first_expand_step_copied()
    {
        var paid = Guid.CreateVersion7();
        var copiedByTheFirstExpandStep = Guid.CreateVersion7();
        await _migrator.MigrateUpAsync(_ordering, _migrator.VersionOf(_ordering, Expand)!.Value - 1, CancellationToken.None);
        PlaceAsTheVersionBeforeTheExpandStep(paid, "tok_visa", status: "Confirmed");
        await _migrator.MigrateUpAsync(_ordering, _migrator.VersionOf(_ordering, Expand), CancellationToken.None);
        var heldAfterTheExpandStep = HeldToken(paid);
        PlaceAsTheVersionBeforeTheExpandStep(copiedByTheFirstExpandStep, "tok_visa", status: "Cancelled");
        Execute($"INSERT INTO {_database.Table("ordering", "held_payment_tokens")} (order_id, token) VALUES ({TestDatabase.Id(copiedByTheFirstExpandStep)}, 'tok_visa')");

        await _migrator.MigrateUpAsync(_ordering, version: null, CancellationToken.None);
        var heldAfterTheStart = (HeldToken(paid), HeldToken(copiedByTheFirstExpandStep));
        await _migrator.MigrateUpAsync(_ordering, _migrator.VersionOf(_ordering, Contract), CancellationToken.None);

        heldAfterTheExpandStep.ShouldBeNull();
        heldAfterTheStart.ShouldBe((null, null));
        _database.Count("ordering", "held_payment_tokens").ShouldBe(0);
    }

    /// <summary>An order as the code before the expand step stores it: its card token in <c>orders.payment_token</c>.</summary>
    private void PlaceAsTheVersionBeforeTheExpandStep(Guid orderId, string paymentToken, string status = "Pending")
    {
        using var db = _database.Open();
        using var command = db.CreateCommand();
        command.CommandText =
            $"INSERT INTO {_database.Table("ordering", "orders")} (id, customer_id, status, total_cents, currency, payment_token, placed_at, updated_at, version) " +
            $"VALUES ({TestDatabase.Id(orderId)}, 'vera', '{status}', 1290, 'EUR', '{paymentToken}', '2026-11-30 09:00:00+00:00', '2026-11-30 09:00:00+00:00', 1)";
        command.ExecuteNonQuery();
    }

    private string? HeldToken(Guid orderId) =>
        Text($"SELECT token FROM {_database.Table("ordering", "held_payment_tokens")} WHERE order_id = {TestDatabase.Id(orderId)}");

    private bool HasPaymentTokenColumn()
    {
        try
        {
            Text($"SELECT payment_token FROM {_database.Table("ordering", "orders")} WHERE 1 = 0");
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    private void Execute(string sql)
    {
        using var db = _database.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string? Text(string sql)
    {
        using var db = _database.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }
}
