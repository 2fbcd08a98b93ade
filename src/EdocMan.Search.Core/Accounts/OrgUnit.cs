namespace EdocMan.Search.Core.Accounts;

/// <summary>
/// A unit of an agency (phòng, ban, trung tâm): leaders assign incoming documents to a unit, and its head
/// re-assigns them to individuals (Decree 30/2020, Art. 24).
/// </summary>
public sealed class OrgUnit
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    /// <summary>Short code unique in the agency, e.g. <c>VP</c>, <c>BCVT</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Full name, e.g. "Phòng Bưu chính, Viễn thông".</summary>
    public required string Name { get; set; }

    /// <summary>The unit head (trưởng phòng), who receives what is assigned to the unit.</summary>
    public int? HeadAccountId { get; set; }
}
