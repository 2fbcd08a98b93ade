using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Tokens;

namespace EdocMan.Search.Extraction.Pdf;

/// <summary>
/// Refuses a page whose fonts' character maps (ToUnicode, Encoding CMaps) declare code ranges too wide to be
/// real, before PdfPig expands them.
/// </summary>
/// <remarks>
/// Implementation note: PdfPig expands every <c>bfrange</c> and <c>cidrange</c> entry code by code when it
/// loads a font. One damaged entry, <c>&lt;0000&gt; &lt;FFFFFFFF&gt;</c>, is four billion codes: the
/// extraction fuzz test found a 32 KB file that kept a worker busy for minutes, allocating as it went.
/// Real CMaps map at most a few tens of thousands of codes (two-byte codes top out at 65,536), so the ranges
/// are summed from the raw stream, which costs microseconds, and a page over <see cref="MaxCodes"/> fails.
/// Bounds of unequal width or in reverse order fail too: PdfPig steps from one bound towards the other and
/// never arrives (a 32 KB file whose Flate-damaged CMap read "&lt;066C172&gt; &lt;242&gt;" hung it for minutes).
/// Refusing the file is harsh for one bad entry, but the original is kept and the reason tells the clerk to
/// print it again to PDF.
/// </remarks>
internal static partial class PdfCMapBudget
{
    /// <summary>Codes one page's fonts may map through ranges: sixteen times the whole two-byte space.</summary>
    public const long MaxCodes = 16 * 65_536;

    private const int MaxCMapBytes = 4 << 20;

    public static string TooLarge(int page) =>
        $"Phông chữ của trang {page} có bảng mã ký tự bị hỏng (khai báo quá nhiều mã), có thể là tệp độc hại; " +
        "hãy mở tệp trên máy, in lại thành PDF rồi tải lên lại.";

    /// <summary>Throws <see cref="Core.Ingestion.ExtractionFailedException"/> when the page's CMaps are over budget.</summary>
    public static void Check(Func<IToken?, IToken?> resolve, DictionaryToken page, int number)
    {
        List<StreamToken> streams;
        try
        {
            streams = CMapStreams(resolve, page).ToList();
        }
        catch (Exception)
        {
            return; // Damaged font objects: PdfPig reports them with the reason PdfFailure gives.
        }
        long codes = 0;
        foreach (var cmap in streams)
        {
            // Saturating: a damaged map counts as long.MaxValue, which must not wrap the sum around.
            var more = CountRangeCodes(Inflate(cmap), MaxCodes - codes + 1);
            codes = more > MaxCodes - codes ? MaxCodes + 1 : codes + more;
            if (codes > MaxCodes)
            {
                throw new Core.Ingestion.ExtractionFailedException(TooLarge(number));
            }
        }
    }

    /// <summary>
    /// The number of codes the <c>bfrange</c> and <c>cidrange</c> entries of <paramref name="cmap"/> cover,
    /// counted up to <paramref name="limit"/>.
    /// </summary>
    public static long CountRangeCodes(string cmap, long limit)
    {
        long codes = 0;
        foreach (Match section in RangeSection().Matches(cmap))
        {
            var isBf = section.Groups["kind"].Value == "bf";
            var tokens = RangeToken().Matches(section.Groups["body"].Value).Select(m => m.Value).ToList();
            for (var i = 0; i + 2 < tokens.Count && codes <= limit;)
            {
                var lowRead = TryHex(tokens[i], out var low, out var lowDigits);
                var highRead = TryHex(tokens[i + 1], out var high, out var highDigits);
                if (!lowRead || !highRead)
                {
                    // Wider than 8 bytes is damage; anything else that is not a bound ends what can be read.
                    return lowDigits > 16 || highDigits > 16 ? long.MaxValue : codes;
                }
                if (lowDigits != highDigits || high < low)
                {
                    // Bounds of unequal width or in reverse order: PdfPig steps from one to the other and
                    // never meets the end (the hang the fuzz test found). A real CMap never writes them.
                    return long.MaxValue;
                }
                var width = (long)Math.Min(high - low + 1, (ulong)long.MaxValue / 2);
                codes = width > long.MaxValue - codes ? long.MaxValue : codes + width;
                i += 2;
                if (isBf && tokens[i] == "[")
                {
                    while (i < tokens.Count && tokens[i] != "]")
                    {
                        i++;
                    }
                }
                i++;
            }
        }
        return codes;
    }

    private static IEnumerable<StreamToken> CMapStreams(Func<IToken?, IToken?> resolve, DictionaryToken page)
    {
        // PdfPig loads the resources of the page and of every ancestor in the page tree: check them all.
        var node = page;
        for (var depth = 0; node is not null && depth < 16; depth++)
        {
            if (node.TryGet(NameToken.Resources, out var r) && resolve(r) is DictionaryToken resources
                && resources.TryGet(NameToken.Font, out var fontsToken) && resolve(fontsToken) is DictionaryToken fonts)
            {
                foreach (var stream in FontCMaps(resolve, fonts))
                {
                    yield return stream;
                }
            }
            node = node.TryGet(NameToken.Parent, out var parent) ? resolve(parent) as DictionaryToken : null;
        }
    }

    private static IEnumerable<StreamToken> FontCMaps(Func<IToken?, IToken?> resolve, DictionaryToken fonts)
    {
        foreach (var entry in fonts.Data.Values.Take(256))
        {
            if (resolve(entry) is not DictionaryToken font)
            {
                continue;
            }
            foreach (var key in new[] { NameToken.ToUnicode, NameToken.Encoding })
            {
                if (font.TryGet(key, out var token) && resolve(token) is StreamToken stream)
                {
                    yield return stream;
                }
            }
        }
    }

    private static string Inflate(StreamToken stream)
    {
        var raw = stream.Data.ToArray();
        if (!FlateData.IsFlate(stream.StreamDictionary))
        {
            return Encoding.Latin1.GetString(raw, 0, Math.Min(raw.Length, MaxCMapBytes));
        }
        // What inflates before damaged data is kept: PdfPig's lenient reader parses that part too.
        using var text = new MemoryStream();
        FlateData.Inflate(raw, MaxCMapBytes, text);
        return Encoding.Latin1.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    private static bool TryHex(string token, out ulong value, out int digitCount)
    {
        value = 0;
        digitCount = 0;
        if (token.Length < 2 || token[0] != '<')
        {
            return false;
        }
        var digits = string.Concat(token[1..^1].Where(c => !char.IsWhiteSpace(c)));
        digitCount = digits.Length;
        return digits.Length is > 0 and <= 16 && ulong.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value);
    }

    // A section cut short by damage runs to the end of the stream: PdfPig reads on to the end too.
    [GeneratedRegex(@"begin(?<kind>bf|cid)range(?<body>.*?)(?:end\k<kind>range|\z)", RegexOptions.Singleline)]
    private static partial Regex RangeSection();

    [GeneratedRegex(@"<[0-9A-Fa-f\s]*>|\[|\]|-?\d+")]
    private static partial Regex RangeToken();
}
