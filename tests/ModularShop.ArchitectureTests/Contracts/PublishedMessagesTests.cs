using ModularShop.ArchitectureTests.Rules;

namespace ModularShop.ArchitectureTests.Contracts;

/// <summary>
/// Every message the shop ever published (docs/published-messages.json) can still be read and handled by this code,
/// and what this code sends can be read by the versions before it. <see cref="RulesCatchViolationsTests"/> shows the rule failing.
/// </summary>
public sealed class PublishedMessagesTests
{
    private static PublishedMessages Published => PublishedMessages.ReadFile(Path.Combine(Repository.Root, PublishedMessages.Path));

    [Fact]
    public void The_record_of_published_messages_names_every_message_of_the_code()
    {
        var current = CurrentMessage.In(KnownModules.Parts);

        current.ShouldNotBeEmpty();
        current.Select(message => message.Name).ShouldBeSubsetOf(Published.Messages.Keys);
    }

    [Fact]
    public void Every_published_message_is_still_read_and_handled_as_it_was() =>
        ContractRules.PublishedMessagesStayCompatible(Published, CurrentMessage.In(KnownModules.Parts)).ShouldBeEmpty();
}
