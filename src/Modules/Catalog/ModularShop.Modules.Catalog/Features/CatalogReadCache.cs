using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ModularShop.Modules.Catalog.Features;

/// <summary>
/// The catalog's answers to reads (a page of products, a product), kept for
/// <see cref="CatalogOptions.ReadCacheDuration"/>: browsing is most of a shop's traffic and the catalog changes
/// rarely. A change committed here clears them at once; one committed by another instance of Catalog is seen here
/// when the kept answer expires, which is the longest a reader can see an old price.
/// </summary>
internal sealed class CatalogReadCache(IOptionsMonitor<CatalogOptions> options) : IDisposable
{
    /// <summary>Answers kept at most: a page per search term and page number, and a product per id.</summary>
    public const int MaxAnswers = 10_000;

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = MaxAnswers });
    private long _generation;

    /// <summary>The kept answer for <paramref name="question"/>, or the one <paramref name="read"/> gives, then kept.</summary>
    public async Task<TAnswer> GetOrReadAsync<TAnswer>(object question, Func<Task<TAnswer>> read)
        where TAnswer : class
    {
        var duration = options.CurrentValue.ReadCacheDuration;
        if (duration <= TimeSpan.Zero)
        {
            return await read();
        }

        // An answer read while a change commits is kept under the generation it started in, which the change ends:
        // nobody is given it after the change.
        var key = (Volatile.Read(ref _generation), question);
        if (_answers.TryGetValue(key, out TAnswer? kept) && kept is not null)
        {
            return kept;
        }

        var answer = await read();
        _answers.Set(key, answer, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = duration });
        return answer;
    }

    /// <summary>The catalog changed: no answer read before is given again.</summary>
    public void Changed()
    {
        Interlocked.Increment(ref _generation);
        _answers.Clear();
    }

    public void Dispose() => _answers.Dispose();
}
