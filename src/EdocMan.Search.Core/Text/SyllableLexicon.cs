using System.Globalization;
using System.Reflection;

namespace EdocMan.Search.Core.Text;

/// <summary>
/// Vietnamese syllables with corpus frequencies: the words of a dictionary (hunspell-vi) and how
/// often each occurs in legal text. Used to split glued syllables and to judge legacy-encoding
/// conversions.
/// </summary>
/// <remarks>
/// Implementation note: the list is generated once by <c>scripts/build-syllable-lexicon.py</c>
/// and embedded (about 6,600 lines, 55 KB); it is loaded on first use. Keys are lower-case with
/// canonical tone placement (<see cref="VietnameseTone"/>), so "hòa" and "hoà" are one entry.
/// Thread-safe: immutable after construction.
/// </remarks>
public sealed class SyllableLexicon
{
    private const string ResourceName = "EdocMan.Search.Core.Text.vi-syllables.txt";

    private static readonly Lazy<SyllableLexicon> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _unaccented;

    /// <summary>Builds a lexicon from syllable/count pairs (keys are canonicalised here).</summary>
    public SyllableLexicon(IEnumerable<KeyValuePair<string, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (syllable, count) in counts)
        {
            var key = Key(syllable);
            _counts[key] = _counts.GetValueOrDefault(key) + Math.Max(0, count);
        }
        _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        _unaccented = _counts.Keys.Select(Accounts.UsernameGenerator.Fold).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Total = _counts.Values.Sum(c => (long)c + 1);
    }

    /// <summary>The embedded lexicon.</summary>
    public static SyllableLexicon Default => Embedded.Value;

    /// <summary>Number of syllables.</summary>
    public int Size => _counts.Count;

    /// <summary>Sum of (count + 1) over all syllables; the denominator of <see cref="LogProbability"/>.</summary>
    public long Total { get; }

    /// <summary>Whether <paramref name="word"/> (any case, either tone placement) is a known syllable.</summary>
    public bool Contains(ReadOnlySpan<char> word) => TryGetCount(word, out _);

    /// <summary>The corpus count of a known syllable (0 for a dictionary word never seen in the corpus).</summary>
    public bool TryGetCount(ReadOnlySpan<char> word, out int count)
    {
        count = 0;
        if (word.IsEmpty || word.Length > 16)
        {
            return false;
        }
        Span<char> key = stackalloc char[word.Length];
        word.ToLowerInvariant(key);
        VietnameseTone.Canonicalize(key);
        return _lookup.TryGetValue(key, out count);
    }

    /// <summary>
    /// Whether <paramref name="word"/> (any case) is a known syllable written without its diacritics ("diem" for
    /// "điểm", "thuan" for "thuận"): text typed or scanned without diacritics, not syllables glued together.
    /// </summary>
    public bool IsUnaccentedSpelling(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 16)
        {
            return false;
        }
        Span<char> key = stackalloc char[word.Length];
        word.ToLowerInvariant(key);
        return !key.ContainsAnyExceptInRange('a', 'z') && _unaccented.Contains(key);
    }

    /// <summary>Log of the add-one smoothed unigram probability of a known syllable.</summary>
    public double LogProbability(int count) => Math.Log((count + 1d) / Total);

    private static string Key(string syllable) => VietnameseTone.Canonicalize(syllable.Trim().ToLowerInvariant());

    private static SyllableLexicon LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var pairs = new List<KeyValuePair<string, int>>(7000);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                pairs.Add(new(line[..tab], count));
            }
        }
        return new SyllableLexicon(pairs);
    }
}
