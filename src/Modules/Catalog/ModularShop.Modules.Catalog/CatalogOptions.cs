using System.ComponentModel.DataAnnotations;

namespace ModularShop.Modules.Catalog;

/// <summary>The <c>Modules:Catalog</c> section.</summary>
internal sealed class CatalogOptions
{
    /// <summary>Fill an empty catalog with the demo products on start.</summary>
    public bool SeedDemoProducts { get; set; } = true;

    [Range(1, 100)]
    public int DefaultPageSize { get; set; } = 20;

    [Range(1, 500)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>
    /// How long an answer to a read (a page, a product) is kept and given again. A change made in this process clears
    /// them at once; one made by another instance of Catalog is seen here at most this much later. Zero: none is kept.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReadCacheDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The currency of products created without one.</summary>
    [Required]
    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "must be a three-letter ISO 4217 code such as EUR")]
    public string DefaultCurrency { get; set; } = "EUR";
}
