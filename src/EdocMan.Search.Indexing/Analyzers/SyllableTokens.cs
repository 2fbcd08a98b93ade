using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;

namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>
/// The lower-cased syllables of one text, tokenised and folded once, and replayed into each of the three text
/// fields: exact (through <see cref="ToneCanonicalFilter"/>), folded, and folded bigrams.
/// </summary>
/// <remarks>
/// <para>Why: every page is indexed in three fields, and tokenising was most of each chain's cost (scratch
/// timing: 0.12 of 0.15 ms per 5,000 characters); a rebuild is mostly analysis. Lucene.Net's ShingleFilter
/// was then 17 % of a million-document rebuild's CPU (sampled), so the bigrams are made here from the folded
/// tokens; only text with a gap in its positions (a token over 255 characters, skipped by the tokenizer)
/// still goes through the ShingleFilter, which fills such gaps.</para>
/// <para>The streams hand the index the same terms, offsets and position increments as the analyzers
/// (<see cref="VietnameseAnalyzer.Chain"/>); a test compares them token by token. The text must be NFC: the
/// writer's chains do not compose.</para>
/// </remarks>
internal sealed class SyllableTokens
{
    private readonly List<(int Start, int Length, int FoldedStart, int FoldedLength, int StartOffset, int EndOffset, int Increment)> _tokens = [];
    private char[] _chars = new char[256];
    private char[] _folded = new char[256];
    private int _used;
    private int _foldedUsed;
    private int _finalOffset;
    private int _finalIncrement;
    private bool _gaps;

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
            tokens.Add(term.Buffer, term.Length, offsets.StartOffset, offsets.EndOffset, increment.PositionIncrement);
        }
        stream.End();
        // End() reports the final offset and the positions of long tokens skipped at the very end.
        tokens._finalOffset = offsets.EndOffset;
        tokens._finalIncrement = increment.PositionIncrement;
        return tokens;
    }

    /// <summary>A fresh stream of these tokens for the field of <paramref name="kind"/>.</summary>
    public TokenStream Replay(VietnameseTextKind kind) => kind switch
    {
        VietnameseTextKind.Exact => VietnameseAnalyzer.Chain(kind, new ReplayStream(this, folded: false)),
        VietnameseTextKind.Folded => new ReplayStream(this, folded: true),
        _ when _gaps => Shingles(new ReplayStream(this, folded: true)),
        _ => new BigramStream(this),
    };

    private static ShingleFilter Shingles(TokenStream folded)
    {
        var shingles = new ShingleFilter(folded, 2, 2);
        shingles.SetOutputUnigrams(false);
        return shingles;
    }

    private void Add(char[] buffer, int length, int startOffset, int endOffset, int increment)
    {
        Grow(ref _chars, _used + length);
        Array.Copy(buffer, 0, _chars, _used, length);
        // ASCII folding as ASCIIFoldingFilter does it, once for both folded fields (a letter may fold to up to 4).
        Grow(ref _folded, _foldedUsed + length * 4);
        var folded = buffer.AsSpan(0, length).ContainsAnyExceptInRange('\0', '\u007F')
            ? ASCIIFoldingFilter.FoldToASCII(buffer, 0, _folded, _foldedUsed, length) - _foldedUsed
            : CopyAscii(buffer, length);
        _tokens.Add((_used, length, _foldedUsed, folded, startOffset, endOffset, increment));
        _used += length;
        _foldedUsed += folded;
        _gaps |= increment != 1;
    }

    private int CopyAscii(char[] buffer, int length)
    {
        Array.Copy(buffer, 0, _folded, _foldedUsed, length);
        return length;
    }

    private static void Grow(ref char[] chars, int needed)
    {
        if (needed > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, needed));
        }
    }

    private abstract class TokenReplay : TokenStream
    {
        protected TokenReplay(SyllableTokens source)
        {
            Source = source;
            Term = AddAttribute<ICharTermAttribute>();
            Offsets = AddAttribute<IOffsetAttribute>();
            Increment = AddAttribute<IPositionIncrementAttribute>();
        }

        protected SyllableTokens Source { get; }

        protected ICharTermAttribute Term { get; }

        protected IOffsetAttribute Offsets { get; }

        protected IPositionIncrementAttribute Increment { get; }

        protected int Next { get; set; }

        public override void End()
        {
            base.End();
            Offsets.SetOffset(Source._finalOffset, Source._finalOffset);
            Increment.PositionIncrement = Source._finalIncrement;
        }

        public override void Reset()
        {
            base.Reset();
            Next = 0;
        }
    }

    /// <summary>The tokens as the tokenizer and lower case gave them, or folded.</summary>
    private sealed class ReplayStream(SyllableTokens source, bool folded) : TokenReplay(source)
    {
        public override bool IncrementToken()
        {
            if (Next >= Source._tokens.Count)
            {
                return false;
            }
            ClearAttributes();
            var token = Source._tokens[Next++];
            if (folded)
            {
                Term.CopyBuffer(Source._folded, token.FoldedStart, token.FoldedLength);
            }
            else
            {
                Term.CopyBuffer(Source._chars, token.Start, token.Length);
            }
            Offsets.SetOffset(token.StartOffset, token.EndOffset);
            Increment.PositionIncrement = token.Increment;
            return true;
        }
    }

    /// <summary>Each folded token with the next, as "a b", at the first token's position: ShingleFilter(2, 2) without unigrams, for text without gaps.</summary>
    private sealed class BigramStream(SyllableTokens source) : TokenReplay(source)
    {
        public override bool IncrementToken()
        {
            if (Next + 1 >= Source._tokens.Count)
            {
                return false;
            }
            ClearAttributes();
            var (first, second) = (Source._tokens[Next], Source._tokens[Next + 1]);
            Next++;
            var buffer = Term.ResizeBuffer(first.FoldedLength + 1 + second.FoldedLength);
            Array.Copy(Source._folded, first.FoldedStart, buffer, 0, first.FoldedLength);
            buffer[first.FoldedLength] = ' ';
            Array.Copy(Source._folded, second.FoldedStart, buffer, first.FoldedLength + 1, second.FoldedLength);
            Term.Length = first.FoldedLength + 1 + second.FoldedLength;
            Offsets.SetOffset(first.StartOffset, second.EndOffset);
            Increment.PositionIncrement = 1;
            return true;
        }
    }
}
