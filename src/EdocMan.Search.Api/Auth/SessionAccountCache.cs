using System.Collections.Concurrent;

namespace EdocMan.Search.Api.Auth;

/// <summary>What <see cref="SessionValidation"/> compares a session's claims with: the account as it was read.</summary>
internal sealed record SessionAccountState(bool Disabled, IReadOnlyList<string> SortedRoles, bool MustChangePassword, int AgencyId);

/// <summary>
/// Remembers, for <see cref="MaxAge"/>, the account fields the session check compares, so a search does
/// not read the account row on every request (a database round trip was a large share of a search's
/// time over HTTP).
/// </summary>
/// <remarks>
/// <para>Revocation stays effective: changes made through this server (disable, roles, password reset
/// or change) call <see cref="Invalidate"/> right after they are saved, so they apply at the next
/// request; a change made outside it (another process writing the database) applies within
/// <see cref="MaxAge"/>. Only the "nothing changed" answer is served from here: a session whose claims
/// differ from the remembered state is checked against the database as before.</para>
/// <para>Implementation note: a read that started before an invalidation must not store its (possibly
/// old) result after it, so every invalidation bumps a generation and a read only stores if the
/// generation it started with is still current.</para>
/// </remarks>
internal sealed class SessionAccountCache(TimeProvider time)
{
    /// <summary>Longest time an account change made outside this server takes to reach its sessions.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    // Far above the officials of one province; past it the cache starts over rather than grow.
    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<int, (SessionAccountState? State, DateTimeOffset ReadAt)> _entries = new();
    private long _generation;

    /// <summary>The generation to pass to <see cref="Store"/>; read it before reading the database.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The remembered state, or false when there is none younger than <see cref="MaxAge"/>.</summary>
    /// <param name="state">The state; null when the account did not exist.</param>
    public bool TryGet(int accountId, out SessionAccountState? state)
    {
        if (_entries.TryGetValue(accountId, out var entry) && time.GetUtcNow() - entry.ReadAt < MaxAge)
        {
            state = entry.State;
            return true;
        }
        state = null;
        return false;
    }

    /// <summary>Remembers what was read, unless an invalidation happened since <paramref name="generation"/>.</summary>
    public void Store(int accountId, SessionAccountState? state, long generation)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        _entries[accountId] = (state, time.GetUtcNow());
        if (Generation != generation)
        {
            // An invalidation raced with this read; what was read may predate it.
            _entries.TryRemove(accountId, out _);
        }
    }

    /// <summary>Forgets the account, so its next request reads the database; call after saving a change to it.</summary>
    public void Invalidate(int accountId)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(accountId, out _);
    }
}
