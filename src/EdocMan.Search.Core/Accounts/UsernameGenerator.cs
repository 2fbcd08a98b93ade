using System.Globalization;
using System.Text;

namespace EdocMan.Search.Core.Accounts;

/// <summary>
/// Makes login names by the seed's rule (Art. 7.2): given name + initials of the family and middle
/// names, unaccented, lower case (Nguyễn Văn Chiến → <c>chiennv</c>); a number on collision (<c>chiennv2</c>).
/// </summary>
public static class UsernameGenerator
{
    public static string Generate(string fullName, Func<string, bool> isTaken)
    {
        var parts = Fold(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new ArgumentException("Họ tên không được để trống.", nameof(fullName));
        }
        var given = parts[^1];
        var initials = string.Concat(parts[..^1].Select(p => p[0]));
        var stem = given + initials;
        if (!isTaken(stem))
        {
            return stem;
        }
        for (var n = 2; ; n++)
        {
            var candidate = stem + n.ToString(CultureInfo.InvariantCulture);
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Lower case ASCII letters and single spaces: diacritics removed, đ → d.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var c = ch switch { 'đ' or 'Đ' or '\u00D0' => 'd', _ => char.ToLowerInvariant(ch) };
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c == '-')
            {
                sb.Append(' ');
            }
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
