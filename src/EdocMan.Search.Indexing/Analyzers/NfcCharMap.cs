using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// A <see cref="NormalizeCharMap"/> that composes decomposed Latin letters (NFD, or marks in a
/// non-canonical order) into their NFC form inside the analysis chain.
/// </summary>
/// <remarks>
/// Implementation note: ingestion already stores NFC text, but ASCII folding silently keeps
/// combining marks ("Đa\u0300" → "dà"), so one stray NFD page would be unfindable without
/// diacritics. A <see cref="MappingCharFilter"/> corrects offsets, so highlighting still maps back
/// to the original characters, which <c>string.Normalize</c> inside a reader would not.
/// </remarks>
internal static class NfcCharMap
{
    public static NormalizeCharMap Instance { get; } = Build();

    private static NormalizeCharMap Build()
    {
        var mappings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (start, end) in new[] { (0x00C0, 0x024F), (0x1E00, 0x1EFF) })
        {
            for (var code = start; code <= end; code++)
            {
                AddVariants(((char)code).ToString(), mappings);
            }
        }
        var builder = new NormalizeCharMap.Builder();
        foreach (var (from, to) in mappings)
        {
            builder.Add(from, to);
        }
        return builder.Build();
    }

    private static void AddVariants(string composed, Dictionary<string, string> mappings)
    {
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2 || decomposed.Length > 3 || composed.Normalize(NormalizationForm.FormC) != composed)
        {
            return;
        }
        var baseChar = decomposed[0];
        var marks = decomposed[1..];
        var orders = marks.Length == 2 ? new[] { marks, new string([marks[1], marks[0]]) } : [marks];
        foreach (var order in orders)
        {
            // Every split "partly composed prefix + remaining marks" that NFC turns into the letter.
            for (var k = 0; k < order.Length; k++)
            {
                var prefix = (baseChar + order[..k]).Normalize(NormalizationForm.FormC);
                var variant = prefix + order[k..];
                if (prefix.Length == 1 && variant.Normalize(NormalizationForm.FormC) == composed)
                {
                    mappings.TryAdd(variant, composed);
                }
            }
        }
    }
}
