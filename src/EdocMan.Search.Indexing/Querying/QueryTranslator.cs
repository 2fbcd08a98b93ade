using EdocMan.Search.Indexing.Analyzers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EdocMan.Search.Indexing.Querying;

/// <summary>
/// Turns user text into Lucene queries built in code from the index's own analyzers.
/// </summary>
/// <remarks>
/// <para>Semantics: in a short query every free word must match, folded (<c>text_fold</c>) or exact
/// (<c>text</c>), or as a one-edit fuzzy match when it is long; a query of more than
/// <see cref="LongQueryWords"/> words must match half of them, and one of more than
/// <see cref="MediumQueryWords"/> words is ranked by any of them. Adjacent words add optional bigram clauses on
/// <c>text_fold2</c>; field filters (<c>loai:</c>, <c>ngay:</c>…) restrict without scoring; when the query has diacritics,
/// exact matches get an extra boost so "đường" ranks a document with "đường" above one with
/// "dương". A document number is required and matched on <c>docno</c> (high boost) or as a folded
/// phrase (of bigrams, see <see cref="FoldedPhrase"/>); when one is present the free words only rank. "Phrases" must match as folded phrases (of bigrams too), as typed
/// or as ingestion's glued-syllable repair stores them (a word that repair would split is a phrase too);
/// -word, -"phrase" and -number exclude.</para>
/// <para>Thread-safe: analyzers keep per-thread state and the translator has none of its own.</para>
/// </remarks>
internal sealed class QueryTranslator(IndexAnalyzers analyzers)
{
    private readonly FilterQueries _filters = new(analyzers);

    /// <summary>Terms beyond this many are ignored, which keeps every query far below the clause limit.</summary>
    public const int MaxTerms = 64;

    // Boosts tuned with `edocman-index eval` on the ALQAC dev queries (docs/search-quality.md):
    // a word pair counts most, an exact-diacritic match and a title match add a little.
    internal const float ExactBoost = 0.5f;
    internal const float TitleBoost = 0.5f;
    internal const float BigramBoost = 1.5f;
    internal const float NumberBoost = 10f;

    /// <summary>Queries of at most this many words require all of them.</summary>
    internal const int LongQueryWords = 5;

    /// <summary>Queries with more words than <see cref="LongQueryWords"/> and at most this many must match half of them.</summary>
    internal const int MediumQueryWords = 10;

    /// <summary>Weight of the one-edit fuzzy fallback of a long word, against 1 for the word itself.</summary>
    internal const float FuzzyBoost = 0.2f;

    /// <summary>Folded words at least this long also match with one edit (OCR errors: "quyêt", "nghi dinh").</summary>
    internal const int FuzzyMinLength = 6;

    // Candidate terms a fuzzy word expands to; keeps the query small on a large index.
    private const int FuzzyExpansions = 16;

    /// <summary>Translates <paramref name="text"/>, or returns <c>null</c> when nothing is left to search for.</summary>
    public TranslatedQuery? Translate(string? text)
    {
        var parsed = UserQueryParser.Parse(text);
        if (parsed.IsEmpty)
        {
            return null;
        }
        var budget = new TermBudget(MaxTerms);
        var filters = new List<BooleanClause>();
        foreach (var filter in parsed.Filters)
        {
            if (_filters.For(filter) is { } q)
            {
                filters.Add(filter.Excluded ? new BooleanClause(q, Occur.MUST_NOT) : new BooleanClause(FilterQueries.NoScore(q), Occur.MUST));
            }
            else
            {
                parsed.Words.Add(filter.Value); // unreadable value: search it as words
            }
        }
        var numbers = parsed.Numbers.Select(n => AnalyzeNumber(n, budget)).Where(n => n is not null).Select(n => n!.Value).ToList();
        var words = parsed.Words.SelectMany(w => AnalyzePairs(w, budget)).ToList();
        var phrases = parsed.Phrases.Select(p => Spellings(p, budget)).Where(p => p.Count > 0).ToList();
        var exact = words.Concat(phrases.SelectMany(p => p.SelectMany(s => s))).Any(t => t.Exact != t.Folded);

        var search = new BooleanQuery();
        var boosts = new List<Query>();
        var highlight = new BooleanQuery();
        if (numbers.Count > 0 || words.Count <= LongQueryWords)
        {
            // Short query: every word is required; next to a number, words only rank.
            var wordOccur = numbers.Count > 0 ? Occur.SHOULD : Occur.MUST;
            foreach (var (e, f) in words)
            {
                search.Add(WordClause(e, f, exact, boosts), wordOccur);
            }
        }
        else
        {
            // A longer query needs half its words; a long one is a description ("người xem dưới 16 tuổi
            // được xem phim…"), not a list of must-have words, so its words only rank (BM25's OR).
            var any = new BooleanQuery();
            foreach (var (e, f) in words)
            {
                any.Add(WordClause(e, f, exact, boosts), Occur.SHOULD);
            }
            any.MinimumNumberShouldMatch = words.Count <= MediumQueryWords ? (words.Count + 1) / 2 : 1;
            search.Add(any, Occur.MUST);
        }
        foreach (var (_, f) in words)
        {
            highlight.Add(new TermQuery(new Term(IndexSchema.TextFold, f)), Occur.SHOULD);
        }
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var bigram = new TermQuery(new Term(IndexSchema.TextFold2, words[i].Folded + " " + words[i + 1].Folded)) { Boost = BigramBoost };
            boosts.Add(bigram);
        }
        foreach (var spellings in phrases)
        {
            var either = new BooleanQuery();
            foreach (var phrase in spellings)
            {
                var folded = phrase.Select(t => t.Folded).ToList();
                either.Add(FoldedPhrase(folded), Occur.SHOULD);
                if (exact)
                {
                    // The exact phrase matches only where its folded one does, so it only adds to the score.
                    boosts.Add(Boosted(Phrase(IndexSchema.Text, phrase.Select(t => t.Exact)), ExactBoost));
                }
                highlight.Add(Phrase(IndexSchema.TextFold, folded), Occur.SHOULD);
            }
            search.Add(either, Occur.MUST);
        }
        foreach (var (canonical, folded) in numbers)
        {
            var either = new BooleanQuery
            {
                { Boosted(new TermQuery(new Term(IndexSchema.DocNo, canonical)), NumberBoost), Occur.SHOULD },
                { FoldedPhrase(folded), Occur.SHOULD },
            };
            search.Add(either, Occur.MUST);
            highlight.Add(Phrase(IndexSchema.TextFold, folded), Occur.SHOULD);
        }
        if (search.Clauses.Count == 0)
        {
            if (!filters.Any(f => f.Occur == Occur.MUST))
            {
                // Only exclusions (or only punctuation): there is nothing to rank, so nothing matches.
                return null;
            }
            // Only filters ("loai:QĐ nam:2014"): every document passing them. Exclusions alone match nothing.
            search.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        foreach (var filter in filters)
        {
            search.Add(filter);
        }
        AddExclusions(search, parsed, budget);
        return new TranslatedQuery(boosts.Count == 0 ? search : new RankedQuery(search, boosts), highlight);
    }

    /// <summary>
    /// One free word: the folded word (or, for a long word, a rare one-edit variant of it) is what must match; its
    /// title and exact-spelling matches go to <paramref name="boosts"/> and only add to the score.
    /// </summary>
    /// <remarks>
    /// Every title word and every exact spelling is also in <c>text_fold</c>, so a boost never matches a document the
    /// folded word does not, and BM25 has no coordination factor: each document scores what the plain disjunction
    /// of the three gave it. But Lucene walks one posting list to find the matches, and <see cref="RankedQuery"/>
    /// reads the boosts' lists (as long as the folded word's own on a common word) only for documents that can
    /// still make the first page.
    /// </remarks>
    private static Query WordClause(string exactTerm, string foldedTerm, bool exact, List<Query> boosts)
    {
        Query required = new TermQuery(new Term(IndexSchema.TextFold, foldedTerm));
        if (foldedTerm.Length >= FuzzyMinLength && foldedTerm.All(char.IsLetter))
        {
            // A low-weight fallback: an OCR error in a long word still finds the document, but an
            // exact match always ranks above it (RareVariantQuery: only variants that cannot be other words).
            required = new BooleanQuery
            {
                { required, Occur.SHOULD },
                { Boosted(new RareVariantQuery(new Term(IndexSchema.TextFold, foldedTerm), FuzzyExpansions), FuzzyBoost), Occur.SHOULD },
            };
        }
        boosts.Add(Boosted(new TermQuery(new Term(IndexSchema.TitleFold, foldedTerm)), TitleBoost));
        if (exact)
        {
            boosts.Add(Boosted(new TermQuery(new Term(IndexSchema.Text, exactTerm)), ExactBoost));
        }
        return required;
    }

    private void AddExclusions(BooleanQuery search, ParsedUserQuery parsed, TermBudget budget)
    {
        foreach (var terms in parsed.ExcludedWords.Concat(parsed.ExcludedPhrases).SelectMany(w => Spellings(w, budget)))
        {
            // A term typed with diacritics excludes only that spelling; without, every spelling.
            var useExact = terms.Any(t => t.Exact != t.Folded);
            search.Add(useExact
                ? Phrase(IndexSchema.Text, terms.Select(t => t.Exact))
                : Phrase(IndexSchema.TextFold, terms.Select(t => t.Folded)), Occur.MUST_NOT);
        }
        foreach (var number in parsed.ExcludedNumbers)
        {
            if (AnalyzeNumber(number, budget) is { } n)
            {
                search.Add(new TermQuery(new Term(IndexSchema.DocNo, n.Canonical)), Occur.MUST_NOT);
            }
        }
    }

    /// <summary>
    /// The analysed phrase as typed and, when ingestion's glued-syllable repair would store it otherwise
    /// ("trang2e14a810" as "trang 2 e 14 a 810"), as repaired: page texts hold the repaired form, the
    /// metadata (title, file name) the typed one, so either must match. Empty when nothing is left.
    /// </summary>
    private List<List<(string Exact, string Folded)>> Spellings(string phrase, TermBudget budget)
    {
        var repaired = UserQueryParser.GluedSyllables.Repair(phrase);
        return new[] { phrase, repaired }.Distinct(StringComparer.Ordinal)
            .Select(p => AnalyzePairs(p, budget))
            .Where(terms => terms.Count > 0)
            .ToList();
    }

    /// <summary>Exact and folded forms of each token; both chains share the tokenizer, so they align.</summary>
    private List<(string Exact, string Folded)> AnalyzePairs(string text, TermBudget budget)
    {
        var max = budget.Remaining;
        var exact = TokenLists.Analyze(analyzers.Exact, IndexSchema.Text, text, max);
        var folded = TokenLists.Analyze(analyzers.Folded, IndexSchema.TextFold, text, max);
        var count = Math.Min(exact.Count, folded.Count);
        budget.Take(count);
        return Enumerable.Range(0, count).Select(i => (exact[i], folded[i])).ToList();
    }

    private (string Canonical, List<string> Folded)? AnalyzeNumber(string number, TermBudget budget)
    {
        var parts = TokenLists.Analyze(analyzers.DocNo, IndexSchema.DocNo, number, 16);
        var folded = TokenLists.Analyze(analyzers.Folded, IndexSchema.TextFold, number, 16);
        if (parts.Count == 0 || folded.Count == 0 || budget.Remaining < folded.Count)
        {
            return null;
        }
        budget.Take(folded.Count);
        // The untouched keyword is the longest term; the captured parts are pieces of it.
        return (parts.MaxBy(p => p.Length)!, folded);
    }

    /// <summary>
    /// Folded words as a phrase of their bigrams on <c>text_fold2</c>: it matches exactly where the phrase of single
    /// words on <c>text_fold</c> does (both fields index every page and the metadata alike, with the same gap
    /// between values), but its terms ("quyen su", "31 2014", "qd ubnd") are rare where "ubnd", "dat" or a year
    /// are in most documents. So a two-word phrase is one term, and a longer one no longer walks the long
    /// position lists of common syllables (measured: a fraction of the time; docs/benchmarks.md).
    /// </summary>
    private static Query FoldedPhrase(List<string> folded)
    {
        if (folded.Count < 2)
        {
            return Phrase(IndexSchema.TextFold, folded);
        }
        var bigrams = folded.Zip(folded.Skip(1), (a, b) => a + " " + b).ToList();
        return bigrams.Count == 1 ? new TermQuery(new Term(IndexSchema.TextFold2, bigrams[0])) : Phrase(IndexSchema.TextFold2, bigrams);
    }

    private static PhraseQuery Phrase(string field, IEnumerable<string> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }
        return phrase;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    private sealed class TermBudget(int max)
    {
        public int Remaining { get; private set; } = max;

        public void Take(int count) => Remaining = Math.Max(0, Remaining - count);
    }
}
