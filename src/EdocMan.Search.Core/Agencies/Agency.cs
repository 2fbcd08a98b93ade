namespace EdocMan.Search.Core.Agencies;

/// <summary>
/// An agency (cơ quan, đơn vị) that keeps its own registers in the provincial system.
/// </summary>
/// <remarks>
/// <see cref="Code"/> is the path code from the Sơn La regulation (unaccented, no spaces:
/// <c>gtvt</c>, <c>maison</c>); every agency route starts with it: <c>/{code}/...</c>.
/// </remarks>
public sealed class Agency
{
    public int Id { get; set; }

    /// <summary>Path code, lower-case ASCII, unique.</summary>
    public required string Code { get; set; }

    /// <summary>Full Vietnamese name, e.g. "Sở Giao thông vận tải".</summary>
    public required string Name { get; set; }

    /// <summary>Short issuer symbol used in document numbers, e.g. "SGTVT".</summary>
    public string? Symbol { get; set; }
}
