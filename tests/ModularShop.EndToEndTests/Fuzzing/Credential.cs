using CsCheck;
using ModularShop.Testing;

namespace ModularShop.EndToEndTests.Fuzzing;

/// <summary>
/// What a request says about its caller. Tokens are signed when the request is sent, so that a valid one is not
/// expired by a run that started a while before.
/// </summary>
internal sealed record Credential(string Description, Func<string?> Authorization)
{
    /// <summary>Customers the shop's tokens name: ordinary, unicode, right-to-left, at the length limit, with control characters.</summary>
    private static readonly string[] Subjects = ["alice", "bob", "carol", "Zoë 山田 🙂", "مرحبا שלום", "\u202Eevil", new('s', 200), "tab\tand\nnewline"];

    /// <summary>Subjects no customer id can be: too long, blank, with a character PostgreSQL cannot store.</summary>
    private static readonly string[] UnusableSubjects = [new('x', 1_000), " ", "nul\u0000byte"];

    public static Gen<Credential> For(ApiSecurity security)
    {
        var subject = Gen.Frequency((5, Gen.OneOf(Subjects)), (1, Gen.OneOf(UnusableSubjects)));
        var customer = subject.Select(name => new Credential($"a customer's token for {Quoted(name)}", () => Bearer(TestTokens.For(name))));
        var admin = subject.Select(name => new Credential($"an admin's token for {Quoted(name)}", () => Bearer(TestTokens.For(name, "admin"))));
        var refused = Gen.OneOf(
            new Credential("none", () => null),
            new Credential("an expired token", () => Bearer(TestTokens.Expired("alice"))),
            new Credential("a token signed with another key", () => Bearer(TestTokens.SignedWith("another-key-that-is-long-enough-0123456789", "alice"))),
            new Credential("an unsigned admin token (alg none)", () => Bearer(TestTokens.WithoutSignature("alice", "admin"))),
            new Credential("a token for another audience", () => Bearer(TestTokens.ForAudience("another-service", "alice"))),
            new Credential("a token from another issuer", () => Bearer(TestTokens.FromIssuer("someone-else", "alice"))),
            new Credential("garbage", () => "Bearer x.y.z"),
            new Credential("an empty bearer", () => "Bearer "),
            new Credential("a bare token with no scheme", () => TestTokens.For("alice")),
            new Credential("basic authentication", () => "Basic YWRtaW46YWRtaW4="),
            new Credential("two tokens", () => Bearer(TestTokens.For("alice")) + ", " + Bearer(TestTokens.For("bob", "admin"))),
            new Credential("a lower-case scheme", () => "bearer " + TestTokens.For("alice")));
        var needsAdmin = security.Roles.Count > 0;
        return Gen.Frequency(
            (security.NeedsToken ? 6 : 2, customer),
            (needsAdmin ? 6 : 2, admin),
            (security.NeedsToken ? 3 : 6, refused));
    }

    private static string Bearer(string token) => $"Bearer {token}";

    private static string Quoted(string subject) => $"'{subject.Abbreviated(24)}'";

    public override string ToString() => Description;
}
