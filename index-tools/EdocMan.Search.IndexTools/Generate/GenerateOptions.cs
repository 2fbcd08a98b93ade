using System.Globalization;

namespace EdocMan.Search.IndexTools.Generate;

/// <summary>What <c>generate</c> is asked to do.</summary>
/// <param name="Documents">How many generated documents the database should hold at the end.</param>
/// <param name="Sources">ALQAC corpus files to take sentences from.</param>
/// <param name="SamplesFolder">A folder of sample *.txt files to take sentences from.</param>
/// <param name="Seed">Fixes the corpus: the same seed gives the same documents.</param>
internal sealed record GenerateOptions(int Documents, IReadOnlyList<string> Sources, string? SamplesFolder, int Seed = 1, int BatchSize = 500);

/// <summary>What a <c>generate</c> run did.</summary>
/// <param name="Phases">Time spent storing originals, writing rows and indexing (the rest is composing text).</param>
internal sealed record GenerateSummary(int Existing, int Added, long TextBytes, TimeSpan Elapsed, BatchTimes Phases);

/// <summary>Where a batch's time went, summed over the run.</summary>
internal sealed class BatchTimes
{
    public TimeSpan Originals { get; set; }

    public TimeSpan Database { get; set; }

    public TimeSpan Index { get; set; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"originals {Originals.TotalSeconds:0.0} s, database {Database.TotalSeconds:0.0} s, index {Index.TotalSeconds:0.0} s");
}
