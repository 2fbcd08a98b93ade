using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// The lower-cased syllables of one text, tokenised once and replayed into each of the three text chains
/// (<see cref="VietnameseAnalyzer.Chain"/>): exact, folded and folded bigrams.
/// </summary>
/// <remarks>
/// Why: every page is indexed in three fields, and tokenising was most of each chain's cost (scratch timing:
/// 0.12 of 0.15 ms per 5,000 characters); a rebuild is mostly analysis. The replay hands the filters the
/// same term, offsets and position increment the tokenizer would, so the terms and positions are the
/// same (tested against the analyzers). The text must be NFC: the writer's chains do not compose.
/// </remarks>
internal sealed class SyllableTokens
{
    private readonly List<(int Start, int Length, int StartOffset, int EndOffset, int Increment)> _tokens = [];
    private char[] _chars = new char[256];
    private int _used;
    private int _finalOffset;
    private int _finalIncrement;

    /// <summary>Tokenises <paramref name="text"/> with <paramref name="syllables"/> (tokenizer and lower case only).</summary>
    public static SyllableTokens Of(Analyzer syllables, string text)
    {
        var tokens = new SyllableTokens();
        using var stream = syllables.GetTokenStream(IndexSchema.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.Buffer.AsSpan(0, term.Length), offsets.StartOffset, offsets.EndOffset, increment.PositionIncrement);
        }
        stream.End();
        // End() reports the final offset and the positions of long tokens skipped at the very end.
        tokens._finalOffset = offsets.EndOffset;
        tokens._finalIncrement = increment.PositionIncrement;
        return tokens;
    }

    /// <summary>A fresh stream of these tokens through the chain of <paramref name="kind"/>.</summary>
    public TokenStream Replay(VietnameseTextKind kind) => VietnameseAnalyzer.Chain(kind, new ReplayStream(this));

    private void Add(ReadOnlySpan<char> term, int startOffset, int endOffset, int increment)
    {
        if (_used + term.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + term.Length));
        }
        term.CopyTo(_chars.AsSpan(_used));
        _tokens.Add((_used, term.Length, startOffset, endOffset, increment));
        _used += term.Length;
    }

    private sealed class ReplayStream : TokenStream
    {
        private readonly SyllableTokens _source;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offsets;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public ReplayStream(SyllableTokens source)
        {
            _source = source;
            _term = AddAttribute<ICharTermAttribute>();
            _offsets = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _source._tokens.Count)
            {
                return false;
            }
            ClearAttributes();
            var (start, length, startOffset, endOffset, increment) = _source._tokens[_next++];
            _term.CopyBuffer(_source._chars, start, length);
            _offsets.SetOffset(startOffset, endOffset);
            _increment.PositionIncrement = increment;
            return true;
        }

        public override void End()
        {
            base.End();
            _offsets.SetOffset(_source._finalOffset, _source._finalOffset);
            _increment.PositionIncrement = _source._finalIncrement;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
