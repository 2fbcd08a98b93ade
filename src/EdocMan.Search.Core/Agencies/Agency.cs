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

    /// <summary>
    /// Outgoing numbers: one series per document type when set, otherwise one series for all types
    /// (Decree 30/2020, Art. 15: the agency head chooses).
    /// </summary>
    public bool OutgoingSeriesPerType { get; set; }

    /// <summary>Official organisation code for document exchange (edXML, QCVN 102:2016), e.g. <c>000.00.00.H49</c>.</summary>
    public string? OrganisationCode { get; set; }
}
