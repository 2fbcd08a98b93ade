namespace EdocMan.Search.IndexTools.Eval;

/// <summary>Mean scores of one engine on one query file.</summary>
internal sealed record MetricSummary(int Queries, double R1, double R10, double Mrr10, double Ndcg10);

/// <summary>
/// Binary-relevance ranking metrics. Recall@k is the share of a query's relevant articles in its top
/// k; MRR@10 is 1/rank of the first relevant hit (0 beyond 10); nDCG@10 uses gain 1 and log2 discount,
/// normalised by the ideal ranking of min(|relevant|, 10) hits. Each is averaged over queries.
/// </summary>
internal static class RetrievalMetrics
{
    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant) =>
        relevant.Count == 0 ? 0 : (double)ranked.Take(k).Distinct().Count(relevant.Contains) / relevant.Count;

    public static double ReciprocalRankAt(int k, IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (relevant.Contains(ranked[i]))
            {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyCollection<string> relevant)
    {
        if (relevant.Count == 0)
        {
            return 0;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double dcg = 0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (relevant.Contains(ranked[i]) && seen.Add(ranked[i]))
            {
                dcg += 1 / Math.Log2(i + 2);
            }
        }
        double ideal = 0;
        for (var i = 0; i < Math.Min(k, relevant.Count); i++)
        {
            ideal += 1 / Math.Log2(i + 2);
        }
        return dcg / ideal;
    }

    /// <summary>Averages over <paramref name="runs"/> (ranking, relevant set) pairs.</summary>
    public static MetricSummary Summarise(IReadOnlyList<(IReadOnlyList<string> Ranked, IReadOnlyCollection<string> Relevant)> runs)
    {
        if (runs.Count == 0)
        {
            return new MetricSummary(0, 0, 0, 0, 0);
        }
        return new MetricSummary(
            runs.Count,
            runs.Average(r => RecallAt(1, r.Ranked, r.Relevant)),
            runs.Average(r => RecallAt(10, r.Ranked, r.Relevant)),
            runs.Average(r => ReciprocalRankAt(10, r.Ranked, r.Relevant)),
            runs.Average(r => NdcgAt(10, r.Ranked, r.Relevant)));
    }
}
