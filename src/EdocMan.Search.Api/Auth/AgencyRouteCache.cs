using System.Collections.Concurrent;
using EdocMan.Search.Core.Agencies;

namespace EdocMan.Search.Api.Auth;

/// <summary>
/// The agencies that <see cref="AgencyAccess"/> resolves from route codes, remembered for
/// <see cref="MaxAge"/>, so that every <c>/{agency}/api</c> request does not read the same row again.
/// </summary>
/// <remarks>
/// Only found agencies are remembered (a new agency works at once); an edit through this server calls
/// <see cref="Invalidate"/>, one made by another process applies within <see cref="MaxAge"/>. Callers get
/// their own copy, because handlers read (and could change) the resolved agency. Agency codes never change
/// and agencies are not deleted, so the membership check itself never depends on the age of an entry.
/// </remarks>
internal sealed class AgencyRouteCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    // Provinces have a few hundred agencies; a flood of odd codes cannot get in (misses are not kept).
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (Agency Agency, DateTimeOffset ReadAt)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string code, out Agency? agency)
    {
        if (_entries.TryGetValue(code, out var entry) && time.GetUtcNow() - entry.ReadAt < MaxAge)
        {
            agency = Copy(entry.Agency);
            return true;
        }
        agency = null;
        return false;
    }

    public void Store(Agency agency)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        _entries[agency.Code] = (Copy(agency), time.GetUtcNow());
    }

    /// <summary>Call after saving a change to the agency.</summary>
    public void Invalidate(string code) => _entries.TryRemove(code, out _);

    private static Agency Copy(Agency a) => new()
    {
        Id = a.Id, Code = a.Code, Name = a.Name, Symbol = a.Symbol,
        OutgoingSeriesPerType = a.OutgoingSeriesPerType, OrganisationCode = a.OrganisationCode,
    };
}
