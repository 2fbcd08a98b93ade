using System.Globalization;
using EdocMan.Search.Core.Accounts;

namespace EdocMan.Search.Core.CaseFiles;

/// <summary>
/// Thời hạn bảo quản as users read and type it: "Vĩnh viễn" (permanent, stored as null years) or
/// "N năm" (Decree 30/2020, Annex V; TT 10/2022/TT-BNV counts the years from the year the work ended).
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class RetentionPeriod
{
    /// <summary>The longest fixed period accepted; longer ones are written "Vĩnh viễn".</summary>
    public const int MaxYears = 100;

    public const string Permanent = "Vĩnh viễn";

    /// <summary>null → "Vĩnh viễn", 10 → "10 năm".</summary>
    public static string Text(int? years) =>
        years is { } y ? y.ToString(CultureInfo.InvariantCulture) + " năm" : Permanent;

    /// <summary>
    /// Reads "Vĩnh viễn", "vinh vien", "VV", "10 năm", "10 nam" or "10". <paramref name="years"/> is null for
    /// permanent. False for anything else, including 0 and more than <see cref="MaxYears"/> years.
    /// </summary>
    public static bool TryParse(string? text, out int? years)
    {
        years = null;
        // Folding drops signs and punctuation, so "-3" would read as 3: only letters, digits and spaces pass.
        if (string.IsNullOrWhiteSpace(text) || !text.All(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }
        var folded = UsernameGenerator.Fold(text);
        if (folded is "vinh vien" or "vv" or "vinhvien")
        {
            return true;
        }
        var number = folded.EndsWith(" nam", StringComparison.Ordinal) ? folded[..^4].Trim() : folded;
        if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxYears)
        {
            years = n;
            return true;
        }
        return false;
    }

    /// <summary>What to tell a clerk whose retention text was not understood.</summary>
    public const string Invalid = "Thời hạn bảo quản phải là “Vĩnh viễn” hoặc một số năm từ 1 đến 100 (ví dụ “10 năm”).";
}
