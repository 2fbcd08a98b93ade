using System.Globalization;
using System.Text.RegularExpressions;

namespace EdocMan.Search.Core.Ingestion;

/// <summary>
/// What <see cref="MetadataProposer"/> read from a document, for the clerk to confirm; null where it found nothing.
/// </summary>
/// <param name="Number">Number and symbol, e.g. "31/2014/QĐ-UBND".</param>
/// <param name="DocumentType">Type code, e.g. "QĐ", "KH", "TB", "CV" (công văn).</param>
/// <param name="Place">Place of issue, e.g. "Sơn La".</param>
/// <param name="Date">Date of issue.</param>
/// <param name="Issuer">Issuing agency, e.g. "UBND tỉnh Sơn La", "Sở Giao thông vận tải".</param>
/// <param name="Summary">Trích yếu: what the document is about.</param>
/// <param name="Signer">The signer's name, from the signature block.</param>
public sealed record MetadataProposal(
    string? Number, string? DocumentType, string? Place, DateOnly? Date, string? Issuer, string? Summary, string? Signer);

/// <summary>
/// Proposes registry metadata from the text of an administrative document laid out as Decree 30/2020/NĐ-CP
/// prescribes: agency header, "Số: ...", "Place, ngày ... tháng ... năm ...", the type line and trích yếu,
/// and the signature block at the end.
/// </summary>
/// <remarks>
/// Pure and thread-safe. It only proposes: the clerk confirms every field. Header fields come from page 1;
/// the signer from the last signature block of the document. Text is expected normalised (NFC).
/// </remarks>
public static partial class MetadataProposer
{
    private static readonly (string Title, string Code)[] Types =
    [
        ("QUYẾT ĐỊNH", "QĐ"), ("KẾ HOẠCH", "KH"), ("THÔNG BÁO", "TB"), ("BÁO CÁO", "BC"), ("TỜ TRÌNH", "TTr"),
        ("CHỈ THỊ", "CT"), ("NGHỊ QUYẾT", "NQ"), ("BIÊN BẢN", "BB"), ("HƯỚNG DẪN", "HD"), ("CÔNG ĐIỆN", "CĐ"),
        ("GIẤY MỜI", "GM"), ("QUY CHẾ", "QC"), ("QUY ĐỊNH", "QyĐ"), ("CHƯƠNG TRÌNH", "CTr"), ("ĐỀ ÁN", "ĐA"),
        ("PHƯƠNG ÁN", "PA"), ("THÔNG TƯ", "TT"), ("NGHỊ ĐỊNH", "NĐ"),
    ];

    private static readonly string[] UnitWords = ["SỞ ", "PHÒNG ", "BAN ", "VĂN PHÒNG ", "TRUNG TÂM ", "CHI CỤC ", "THANH TRA "];

    /// <summary>Proposes metadata from a document's page texts (page 1 first).</summary>
    public static MetadataProposal Propose(IReadOnlyList<string> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (pages.Count == 0)
        {
            return new MetadataProposal(null, null, null, null, null, null, null);
        }
        var lines = Lines(pages[0]);
        var number = NumberPattern().Match(pages[0]) is { Success: true } n ? n.Groups[1].Value.TrimEnd('.', ',', ';') : null;
        var (place, date) = PlaceAndDate(pages[0]);
        var typeLine = lines.FindIndex(l => Types.Any(t => l == t.Title));
        var type = typeLine >= 0 ? Types.First(t => t.Title == lines[typeLine]).Code : TypeFromNumber(number, pages[0]);
        return new MetadataProposal(number, type, place, date, Issuer(lines), Summary(lines, typeLine), Signer(pages));
    }

    private static List<string> Lines(string page) =>
        page.Split('\n').Select(l => DashRun().Replace(l, "\n")).SelectMany(l => l.Split('\n'))
            .Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0).ToList();

    private static (string?, DateOnly?) PlaceAndDate(string page)
    {
        foreach (Match m in PlaceDatePattern().Matches(page))
        {
            var (day, month, year) = (int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return (m.Groups["place"].Value.Trim(), new DateOnly(year, month, day));
            }
        }
        return (null, null);
    }

    // Without a type line the document is a công văn: its symbol has no type code ("1245/SGTVT-QLGT") and
    // its trích yếu starts with "V/v".
    private static string? TypeFromNumber(string? number, string page)
    {
        var symbol = number?.Split('/').LastOrDefault()?.Split('-')[0];
        var known = Types.FirstOrDefault(t => t.Code == symbol).Code;
        return known ?? (page.Contains("V/v", StringComparison.Ordinal) ? "CV" : null);
    }

    private static string? Issuer(List<string> lines)
    {
        var header = lines.TakeWhile(l => !l.StartsWith("CỘNG HÒA", StringComparison.Ordinal) && !l.StartsWith("Số", StringComparison.Ordinal))
            .Where(IsUpper).ToList();
        if (header.Count == 0)
        {
            return null;
        }
        var last = header[^1];
        var agency = UnitWords.Any(u => last.StartsWith(u, StringComparison.Ordinal)) ? last : string.Join(' ', header);
        return Readable(agency);
    }

    private static string? Summary(List<string> lines, int typeLine)
    {
        var vv = lines.FindIndex(l => l.StartsWith("V/v", StringComparison.Ordinal));
        if (vv >= 0)
        {
            return lines[vv][3..].Trim();
        }
        if (typeLine < 0)
        {
            return null;
        }
        var summary = lines.Skip(typeLine + 1)
            .TakeWhile(l => !EndOfSummary().IsMatch(l) && !(IsUpper(l) && l.StartsWith("ỦY BAN", StringComparison.Ordinal)))
            .Take(4).ToList();
        if (summary.Count == 0)
        {
            return null;
        }
        var text = string.Join(' ', summary);
        return IsUpper(text) ? PlaceNames(Capitalise(text.ToLowerInvariant())) : text;
    }

    private static string? Signer(IReadOnlyList<string> pages)
    {
        for (var p = pages.Count - 1; p >= 0; p--)
        {
            var lines = Lines(pages[p]);
            for (var i = lines.Count - 1; i > 0; i--)
            {
                if (IsPersonName(lines[i]) && lines.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).Any(IsSigningTitle))
                {
                    return lines[i];
                }
            }
        }
        return null;
    }

    // "Cầm Ngọc Minh": two to five capitalised words, no digits or punctuation.
    private static bool IsPersonName(string line)
    {
        var words = line.Split(' ');
        return words.Length is >= 2 and <= 5 && !IsUpper(line)
            && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.All(char.IsLetter) && w.Skip(1).All(char.IsLower));
    }

    // "CHỦ TỊCH", "KT. GIÁM ĐỐC", "TL. CHỦ TỊCH": the line above a signer's name.
    private static bool IsSigningTitle(string line) => IsUpper(line) && SigningTitle().IsMatch(line);

    private static bool IsUpper(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    // "ỦY BAN NHÂN DÂN TỈNH SƠN LA" → "UBND tỉnh Sơn La"; "SỞ GIAO THÔNG VẬN TẢI" → "Sở Giao thông vận tải".
    private static string Readable(string upper)
    {
        var text = Capitalise(upper.ToLowerInvariant()).Replace("Ủy ban nhân dân", "UBND", StringComparison.Ordinal);
        return PlaceNames(text);
    }

    // Lower-casing an all-capitals line loses the capitals of place names: "tỉnh sơn la" → "tỉnh Sơn La".
    private static string PlaceNames(string text) => UnitPlace().Replace(text, m =>
        m.Groups["unit"].Value + " " + CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Groups["place"].Value));

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"Số\s*:\s*(\d+[^\s,;]*/[^\s,;]+)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?m)^[\s\-]*(?<place>\p{Lu}[\p{L} ]{1,40}?),\s*ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})")]
    private static partial Regex PlaceDatePattern();

    [GeneratedRegex(@"^(Căn cứ|Thực hiện|Xét|Theo|Kính gửi|Trên cơ sở|Nhằm|Để|I\.|1\.)")]
    private static partial Regex EndOfSummary();

    [GeneratedRegex(@"\b(?<unit>tỉnh|huyện|thành phố|xã|phường|thị xã|thị trấn) (?<place>\p{L}+ \p{L}+)")]
    private static partial Regex UnitPlace();

    [GeneratedRegex(@"(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|CHÁNH|BÍ THƯ|THỦ TRƯỞNG|^TM\.|^KT\.|^TL\.|^TUQ\.|^Q\.)")]
    private static partial Regex SigningTitle();

    [GeneratedRegex(@"-{3,}")]
    private static partial Regex DashRun();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
