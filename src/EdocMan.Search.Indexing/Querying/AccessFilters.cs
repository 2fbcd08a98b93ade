using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// The permission filter of a set of access tokens: the entries carrying at least one of them, as a bit set
/// per segment, kept while the segment is open and shared by every search with the same tokens.
/// </summary>
/// <remarks>
/// <para>Why a bit set: Lucene then applies the filter while it walks the query's postings (random access),
/// instead of stepping a disjunction of the tokens' posting lists beside the query at every hit; at a million
/// documents a broad word has hundreds of thousands of hits. A bit set is built once per segment and token
/// set (one pass over the tokens' postings) and costs one bit per document (125 KB at a million).</para>
/// <para>Correctness: a segment's documents never change once written, only their deletion; the cache is
/// keyed by the segment core (<see cref="IndexReader.CoreCacheKey"/>) and deletions are applied at search
/// time through the accepted documents. An entry whose access changed is a new document in a new segment.</para>
/// <para>Bounded: at most <see cref="MaxTokenSets"/> token sets (one per recently searching account) are
/// remembered; the oldest half is dropped past that.</para>
/// </remarks>
internal sealed class AccessFilters
{
    internal const int MaxTokenSets = 256;

    private readonly ConcurrentDictionary<string, Entry> _byTokens = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>The filter for <paramref name="tokens"/> (already normalised and distinct); an empty set sees nothing.</summary>
    public Filter For(IReadOnlyCollection<string> tokens)
    {
        var sorted = tokens.Order(StringComparer.Ordinal).ToArray();
        var key = string.Join('\n', sorted);
        var entry = _byTokens.GetOrAdd(key, _ => new Entry(new TokenSetFilter(sorted)));
        entry.LastUsed = Interlocked.Increment(ref _clock);
        if (_byTokens.Count > MaxTokenSets)
        {
            Trim();
        }
        return entry.Filter;
    }

    /// <summary>Token sets remembered now; for tests.</summary>
    internal int Count => _byTokens.Count;

    private void Trim()
    {
        var oldest = _byTokens.OrderBy(kv => kv.Value.LastUsed).Take(_byTokens.Count - MaxTokenSets / 2).Select(kv => kv.Key).ToList();
        foreach (var key in oldest)
        {
            _byTokens.TryRemove(key, out _);
        }
    }

    private sealed class Entry(TokenSetFilter filter)
    {
        public TokenSetFilter Filter { get; } = filter;

        public long LastUsed { get; set; }
    }

    /// <summary>Documents holding any of the tokens, one cached bit set per segment core.</summary>
    internal sealed class TokenSetFilter(string[] tokens) : Filter
    {
        private readonly SegmentCache<FixedBitSet> _bySegment = new(reader => Build(reader, tokens));

        /// <inheritdoc />
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
            BitsFilteredDocIdSet.Wrap(_bySegment.For(context.AtomicReader), acceptDocs);

        private static FixedBitSet Build(AtomicReader reader, string[] tokens)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            var termsEnum = reader.GetTerms(IndexSchema.Access)?.GetEnumerator();
            if (termsEnum is not null)
            {
                DocsEnum? docs = null;
                foreach (var token in tokens)
                {
                    if (termsEnum.SeekExact(new BytesRef(token)))
                    {
                        // No live-docs here: deletions are applied per search, so the set stays valid after them.
                        docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
                        bits.Or(docs);
                    }
                }
            }
            return bits;
        }

        /// <inheritdoc />
        public override string ToString() => "access:(" + string.Join(' ', tokens) + ")";
    }
}
