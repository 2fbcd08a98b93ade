using System.Globalization;

namespace EdocMan.Search.Api.Features.Search.History;

/// <summary>
/// A search as its parameters (without paging): what history and saved searches keep, written as the
/// query string the search page and the API both understand, so a saved search opens as a plain link.
/// </summary>
public sealed record SearchLink(string Q, string? Sort = null, string? From = null, string? To = null, string? Type = null)
{
    public string ToQueryString()
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(Q) };
        foreach (var (name, value) in new[] { ("sort", Sort), ("from", From), ("to", To), ("type", Type) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
            }
        }
        return string.Join("&", parts);
    }

    /// <summary>The search page of <paramref name="agency"/> showing this search.</summary>
    public string PageUrl(string agency) => string.Create(CultureInfo.InvariantCulture, $"/{agency}/tim-kiem?{ToQueryString()}");
}
