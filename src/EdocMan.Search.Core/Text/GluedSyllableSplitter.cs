using System.Text;

namespace EdocMan.Search.Core.Text;

/// <summary>
/// Puts back the spaces that PDF text extraction loses between Vietnamese syllables:
/// "sửdụng" → "sử dụng", "Luậttổ" → "Luật tổ", "QUẢNLÝ" → "QUẢN LÝ", "12tháng" → "12 tháng",
/// "HSCVcho" → "HSCV cho", "ban,ngành" → "ban, ngành".
/// </summary>
/// <remarks>
/// <para>Implementation note: only a word the <see cref="SyllableLexicon"/> does not know is
/// touched, so a valid syllable ("nhanh", "nghiêng", "khuỷu", "người"), also written without its diacritics
/// ("diem", "thuan"), is never split. The word
/// is first cut where the case changes (lower → upper, or an upper-case abbreviation followed by
/// lower case) and between digits and letters; each letter part that is still unknown is split
/// by dynamic programming into the syllables with the highest summed log frequency. One part may
/// be a well-formed syllable missing from the dictionary ("tươngtứng" → "tương tứng").</para>
/// <para>A word without diacritics is split only into frequent syllables of two letters or more,
/// so English words, user names and Roman numerals ("password", "sonla", "III") stay whole.
/// Words inside e-mail addresses and web addresses are left alone. Thread-safe.</para>
/// </remarks>
public sealed class GluedSyllableSplitter(SyllableLexicon lexicon)
{
    // Words longer than this are not glued syllables (hashes, base64) and are left alone.
    private const int MaxWordLength = 48;

    // A syllable without diacritics must be this frequent to be split off a word without diacritics.
    private const int MinAsciiCount = 50;

    // The cost of a well-formed syllable missing from the dictionary, on top of an unseen one's.
    private const double UnknownSyllablePenalty = 6;

    private static readonly Lazy<GluedSyllableSplitter> Embedded = new(() => new GluedSyllableSplitter(SyllableLexicon.Default));

    /// <summary>A splitter over the embedded lexicon.</summary>
    public static GluedSyllableSplitter Default => Embedded.Value;

    /// <summary>Returns <paramref name="text"/> with glued syllables separated by single spaces.</summary>
    public string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + text.Length / 16);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                sb.Append(text[i]);
                if (text[i] is ',' or ';' && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    sb.Append(' ');
                }
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }
            var word = text.AsSpan(start, i - start);
            if (word.Length > MaxWordLength || IsInsideAddress(text, start, i) || !TrySplitWord(word, sb))
            {
                sb.Append(word);
            }
        }
        return sb.ToString();
    }

    /// <summary>The parts of one word, or <c>null</c> when it is left whole.</summary>
    internal IReadOnlyList<string>? SplitWord(string word)
    {
        var sb = new StringBuilder();
        return TrySplitWord(word, sb) ? sb.ToString().Split(' ') : null;
    }

    private bool TrySplitWord(ReadOnlySpan<char> word, StringBuilder sb)
    {
        // A syllable written without diacritics ("diem", "thuan") is a word of unaccented text, not "di em" or
        // "thu an" glued: splitting it made such a word a phrase in queries typed without diacritics.
        if (lexicon.Contains(word) || lexicon.IsUnaccentedSpelling(word))
        {
            return false;
        }
        var parts = new List<string>();
        var runs = DigitLetterRuns(word);
        foreach (var run in runs)
        {
            if (char.IsDigit(run[0]))
            {
                parts.Add(run);
                continue;
            }
            if (runs.Count > 1 && run.All(char.IsAscii) && (run.All(char.IsUpper) || !IsFrequent(run)))
            {
                return false; // codes and formulas: "CO2", "A4", "H5N1", "MP3"
            }
            var split = SplitLetters(run);
            if (split is null)
            {
                // A letter part that is not Vietnamese (e.g. "80b", "H5N1"): keep the word whole.
                return false;
            }
            parts.AddRange(split);
        }
        if (parts.Count < 2)
        {
            return false;
        }
        sb.AppendJoin(' ', parts);
        return true;
    }

    private bool IsFrequent(string run) => lexicon.TryGetCount(run, out var count) && count >= MinAsciiCount;

    private static List<string> DigitLetterRuns(ReadOnlySpan<char> word)
    {
        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || char.IsDigit(word[i]) != char.IsDigit(word[i - 1]))
            {
                runs.Add(word[start..i].ToString());
                start = i;
            }
        }
        return runs;
    }

    /// <summary>Syllables of a run of letters: cut at case changes, then split by frequency.</summary>
    private List<string>? SplitLetters(string run)
    {
        if (lexicon.Contains(run))
        {
            return [run];
        }
        if (SplitByFrequency(run) is { } bySyllables)
        {
            return bySyllables;
        }
        foreach (var cut in CaseCuts(run))
        {
            var left = SplitLetters(run[..cut]) ?? (IsAbbreviation(run[..cut]) ? [run[..cut]] : null);
            var right = left is null ? null : SplitLetters(run[cut..]) ?? (IsAbbreviation(run[cut..]) ? [run[cut..]] : null);
            if (left is not null && right is not null)
            {
                return [.. left, .. right];
            }
        }
        return null;
    }

    private static IEnumerable<int> CaseCuts(string run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            if (char.IsLower(run[i - 1]) && char.IsUpper(run[i]))
            {
                yield return i;
            }
            else if (char.IsUpper(run[i - 1]) && char.IsLower(run[i]) && i >= 2 && char.IsUpper(run[i - 2]))
            {
                yield return i;      // "HSCV|cho"
                yield return i - 1;  // "ABC|Tỉnh"
            }
        }
    }

    private static bool IsAbbreviation(string part) => part.Length >= 2 && part.All(char.IsUpper);

    /// <summary>Best split into known syllables (at most one unknown but well-formed), or <c>null</c>.</summary>
    private List<string>? SplitByFrequency(string run)
    {
        var n = run.Length;
        var ascii = run.All(char.IsAscii);
        // best[used, i]: best score of run[..i] using `used` unknown syllables (0 or 1).
        var best = new double[2, n + 1];
        var back = new (int From, int Used)[2, n + 1];
        for (var u = 0; u < 2; u++)
        {
            for (var i = 0; i <= n; i++)
            {
                best[u, i] = double.NegativeInfinity;
            }
        }
        best[0, 0] = 0;
        for (var end = 1; end <= n; end++)
        {
            for (var from = Math.Max(0, end - 7); from < end; from++)
            {
                var piece = run.AsSpan(from, end - from);
                if (PieceScore(piece, ascii) is not { } score)
                {
                    continue;
                }
                for (var u = 0; u < 2; u++)
                {
                    var used = u + (score.Unknown ? 1 : 0);
                    if (used > 1 || double.IsNegativeInfinity(best[u, from]))
                    {
                        continue;
                    }
                    var total = best[u, from] + score.Value;
                    if (total > best[used, end])
                    {
                        best[used, end] = total;
                        back[used, end] = (from, u);
                    }
                }
            }
        }
        var finalUsed = best[0, n] >= best[1, n] ? 0 : 1;
        if (double.IsNegativeInfinity(best[finalUsed, n]))
        {
            return null;
        }
        var pieces = new List<string>();
        for (int end = n, u = finalUsed; end > 0;)
        {
            var (from, prevUsed) = back[u, end];
            pieces.Add(run[from..end]);
            end = from;
            u = prevUsed;
        }
        pieces.Reverse();
        // One unknown syllable alone is just an unknown word, not a repair.
        return pieces.Count >= 2 ? pieces : null;
    }

    private (double Value, bool Unknown)? PieceScore(ReadOnlySpan<char> piece, bool asciiWord)
    {
        if (piece.Length == 1 && char.IsAscii(piece[0]))
        {
            return null; // "a", "y", "I": too easy to produce by accident
        }
        if (lexicon.TryGetCount(piece, out var count))
        {
            if (asciiWord && count < MinAsciiCount)
            {
                return null;
            }
            return (lexicon.LogProbability(count), false);
        }
        if (!asciiWord && VietnameseSyllable.IsWellFormed(piece) && HasDiacritic(piece))
        {
            return (lexicon.LogProbability(0) - UnknownSyllablePenalty, true);
        }
        return null;
    }

    private static bool HasDiacritic(ReadOnlySpan<char> piece)
    {
        foreach (var c in piece)
        {
            if (!char.IsAscii(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the word is part of an e-mail or web address ("tpsonla.gov.vn", "user@host").</summary>
    private static bool IsInsideAddress(string text, int start, int end)
    {
        static bool Joiner(char c) => c is '.' or '@' or '/' or ':' or '_' or '\\';
        var before = start >= 2 && Joiner(text[start - 1]) && char.IsLetterOrDigit(text[start - 2]);
        var after = end + 1 < text.Length && Joiner(text[end]) && char.IsLetterOrDigit(text[end + 1]);
        return before || after;
    }
}
