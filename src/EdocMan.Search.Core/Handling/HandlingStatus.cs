namespace EdocMan.Search.Core.Handling;

/// <summary>Where an incoming document stands as a whole, derived from its assignments.</summary>
public enum HandlingStatus
{
    /// <summary>Registered, not assigned yet (chờ phân công).</summary>
    Received = 0,

    /// <summary>Assigned, nobody has started (đã phân công).</summary>
    Assigned = 1,

    /// <summary>Somebody is working on it (đang xử lý).</summary>
    InProgress = 2,

    /// <summary>The lead handler has finished (đã xử lý).</summary>
    Done = 3,
}
