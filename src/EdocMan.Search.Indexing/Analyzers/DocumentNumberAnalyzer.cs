using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// Keyword chain for document numbers such as "31/2014/QĐ-UBND": one canonical term
/// ("31/2014/qd-ubnd") whatever the spacing, case or đ/d, plus its parts ("31", "2014",
/// "qd-ubnd", "qd", "ubnd") at the same position.
/// </summary>
/// <remarks>
/// Implementation note: the standard tokenizer splits a number into "31 2014 qđ ubnd", which also
/// matches every other decision of 2014, so numbers get a field of their own. Feed it one number
/// per field value (see <see cref="DocumentNumbers"/>), not running text.
/// </remarks>
public sealed class DocumentNumberAnalyzer : Analyzer
{
    private static readonly Regex SpacesAroundSeparators = new(@"\s*([/\-–])\s*", RegexOptions.CultureInvariant);

    private static readonly Regex[] Parts =
    [
        new(@"^(\d+)/", RegexOptions.CultureInvariant),
        new(@"^\d+/(\d{4})/", RegexOptions.CultureInvariant),
        new(@"^\d+/(?:\d{4}/)?(.+)$", RegexOptions.CultureInvariant),
        new(@"([a-z]+)", RegexOptions.CultureInvariant),
    ];

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new PatternReplaceCharFilter(SpacesAroundSeparators, "$1", new MappingCharFilter(NfcCharMap.Instance, reader));

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new KeywordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(VietnameseAnalyzer.Version, source);
        stream = new ASCIIFoldingFilter(stream, preserveOriginal: false);
        stream = new PatternCaptureGroupTokenFilter(stream, true, Parts);
        return new TokenStreamComponents(source, stream);
    }
}
