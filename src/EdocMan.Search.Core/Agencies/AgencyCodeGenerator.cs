using EdocMan.Search.Core.Accounts;

namespace EdocMan.Search.Core.Agencies;

/// <summary>
/// Path codes by the Sơn La regulation's rule: provincial departments by the unaccented abbreviation of
/// their name (Sở Giao thông vận tải → <c>gtvt</c>), districts and the city by their full unaccented name
/// (UBND huyện Mai Sơn → <c>maison</c>, UBND thành phố Sơn La → <c>tpsonla</c>).
/// </summary>
/// <remarks>
/// Acronyms written in capitals are kept whole (Văn phòng UBND tỉnh → <c>vpubnd</c>); "và", "tỉnh" and
/// punctuation are dropped. Uniqueness is the caller's to check: a taken code gets a numeric suffix
/// from <see cref="Generate"/>. Pure and thread-safe.
/// </remarks>
public static class AgencyCodeGenerator
{
    private static readonly string[] LocalPrefixes = ["ubnd ", "uy ban nhan dan "];
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "va", "tinh", "so" };

    /// <summary>The code for <paramref name="name"/>, with a number added while <paramref name="isTaken"/> says so.</summary>
    public static string Generate(string name, Func<string, bool> isTaken)
    {
        var stem = Stem(name);
        if (!isTaken(stem))
        {
            return stem;
        }
        for (var n = 2; ; n++)
        {
            var candidate = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The code by the rule, without the uniqueness suffix.</summary>
    public static string Stem(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var folded = UsernameGenerator.Fold(name);
        foreach (var prefix in LocalPrefixes)
        {
            if (!folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var local = folded[prefix.Length..];
            var code = local.StartsWith("huyen ", StringComparison.Ordinal) ? local["huyen ".Length..]
                : local.StartsWith("thanh pho ", StringComparison.Ordinal) ? "tp" + local["thanh pho ".Length..]
                : local.StartsWith("thi xa ", StringComparison.Ordinal) ? "tx" + local["thi xa ".Length..]
                : null;
            if (code is not null)
            {
                return code.Replace(" ", string.Empty, StringComparison.Ordinal);
            }
        }
        var words = name.Split([' ', ',', '-', '–', '&'], StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<string>();
        foreach (var word in words)
        {
            var plain = UsernameGenerator.Fold(word);
            if (plain.Length == 0 || Dropped.Contains(plain))
            {
                continue;
            }
            // An acronym (UBND, HĐND) is kept whole; any other word gives its initial.
            parts.Add(word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? plain : plain[..1]);
        }
        var result = string.Concat(parts);
        return result.Length > 0 ? result : folded.Replace(" ", string.Empty, StringComparison.Ordinal);
    }
}
