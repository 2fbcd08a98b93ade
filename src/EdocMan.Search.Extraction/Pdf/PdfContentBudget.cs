using System.Runtime.CompilerServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace EdocMan.Search.Extraction.Pdf;

/// <summary>
/// Refuses a page whose content streams inflate past a budget, before PdfPig parses them.
/// </summary>
/// <remarks>
/// Implementation note: PdfPig inflates and parses a page's whole content stream when the page is read, with
/// no limit. A few hundred KB of Flate data can inflate to tens of MB of drawing operators, which took
/// 90 s of CPU to parse (in the upload request, for Preflight, and again in the worker) — a denial of service
/// from one small file. Inflating the raw stream into a discarding buffer first costs milliseconds and stops
/// at the budget. Only Flate is measured: it is what every PDF writer uses and what a bomb needs. Form XObjects
/// drawn by the page are not counted: a bomb hidden in one still costs PdfPig its parse (docs/reliability.md).
/// </remarks>
internal static class PdfContentBudget
{
    /// <summary>
    /// Throws <see cref="Core.Ingestion.ExtractionFailedException"/> when page <paramref name="number"/>'s content
    /// inflates to more than <paramref name="maxBytes"/>. A page whose dictionary cannot be read is left to PdfPig.
    /// </summary>
    public static void Check(PdfDocument document, int number, long maxBytes)
    {
        if (FindPageSafely(document, number) is { } pageDictionary)
        {
            PdfCMapBudget.Check(token => Resolve(document, token), pageDictionary, number);
        }
        if (maxBytes <= 0 || !TryContents(document, number, out var contents))
        {
            return;
        }
        long total = 0;
        foreach (var stream in contents)
        {
            total += InflatedLength(stream, maxBytes - total + 1);
            if (total > maxBytes)
            {
                throw new Core.Ingestion.ExtractionFailedException(TooLarge(number, maxBytes));
            }
        }
    }

    public static string TooLarge(int page, long maxBytes) =>
        $"Trang {page} có nội dung giải nén quá lớn (hơn {maxBytes / (1 << 20)} MB), có thể là tệp độc hại; " +
        "hãy mở tệp trên máy, in lại thành PDF rồi tải lên lại.";

    private static bool TryContents(PdfDocument document, int number, out List<StreamToken> streams)
    {
        streams = [];
        try
        {
            var page = FindPage(document, number);
            if (page is null)
            {
                return false;
            }
            if (!page.TryGet(NameToken.Contents, out var token))
            {
                return false;
            }
            foreach (var item in token is ArrayToken array ? array.Data : [token])
            {
                if (Resolve(document, item) is StreamToken stream)
                {
                    streams.Add(stream);
                }
            }
            return streams.Count > 0;
        }
        catch (Exception)
        {
            // A damaged page tree is PdfPig's to report, with the reason PdfFailure gives it.
            return false;
        }
    }

    private static DictionaryToken? FindPageSafely(PdfDocument document, int number)
    {
        try
        {
            return FindPage(document, number);
        }
        catch (Exception)
        {
            return null; // A damaged page tree is PdfPig's to report.
        }
    }

    /// <summary>Leaf <paramref name="number"/> of the page tree, in document order (depth first).</summary>
    private static DictionaryToken? FindPage(PdfDocument document, int number)
    {
        // Walked once per document, not once per page: a 2,000-page file would otherwise cost 2 million visits.
        var leaves = Leaves.GetValue(document, CollectLeaves);
        return number >= 1 && number <= leaves.Count ? leaves[number - 1] : null;
    }

    private static readonly ConditionalWeakTable<PdfDocument, List<DictionaryToken>> Leaves = new();

    private static List<DictionaryToken> CollectLeaves(PdfDocument document)
    {
        var leaves = new List<DictionaryToken>();
        if (!document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var rootToken)
            || Resolve(document, rootToken) is not DictionaryToken root)
        {
            return leaves;
        }
        var pending = new Stack<DictionaryToken>([root]);
        // A visit budget instead of cycle detection: PdfPig has already refused cyclic trees when opening.
        for (var visits = 0; pending.Count > 0 && visits < 1_000_000; visits++)
        {
            var node = pending.Pop();
            if (node.TryGet(NameToken.Kids, out var kidsToken) && Resolve(document, kidsToken) is ArrayToken kids)
            {
                for (var i = kids.Data.Count - 1; i >= 0; i--)
                {
                    if (Resolve(document, kids.Data[i]) is DictionaryToken kid)
                    {
                        pending.Push(kid);
                    }
                }
            }
            else
            {
                leaves.Add(node);
            }
        }
        return leaves;
    }

    private static IToken? Resolve(PdfDocument document, IToken? token)
    {
        for (var hops = 0; token is IndirectReferenceToken reference && hops < 8; hops++)
        {
            token = document.Structure.GetObject(reference.Data)?.Data;
        }
        return token;
    }

    /// <summary>The stream's inflated length, counted up to <paramref name="limit"/>; its raw length when not Flate.</summary>
    private static long InflatedLength(StreamToken stream, long limit)
    {
        var raw = stream.Data.ToArray();
        if (!FlateData.IsFlate(stream.StreamDictionary))
        {
            return raw.Length;
        }
        var (length, damaged) = FlateData.Inflate(raw, limit);
        // Damaged Flate data: PdfPig's lenient reader decides what it is worth.
        return damaged ? raw.Length : length;
    }
}
