namespace EdocMan.Search.Core.Documents;

/// <summary>The three registers every agency keeps (Decree 30/2020, Annex IV).</summary>
public enum RegisterKind
{
    /// <summary>Sổ đăng ký văn bản đến.</summary>
    Incoming = 0,

    /// <summary>Sổ đăng ký văn bản đi.</summary>
    Outgoing = 1,

    /// <summary>Văn bản nội bộ.</summary>
    Internal = 2,
}
