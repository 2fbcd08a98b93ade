using EdocMan.Search.Core.Accounts;

namespace EdocMan.Search.Api.DemoData;

/// <summary>
/// The demo agencies of Sơn La (codes by the seed's rule), a few officials in each, and the units
/// (phòng) that incoming documents are assigned to; an official whose <see cref="DemoOfficial.Heads"/>
/// is set is the head of that unit.
/// </summary>
internal static class DemoCatalog
{
    public sealed record DemoAgency(string Code, string Name, string Symbol, DemoOfficial[] Officials, DemoUnit[]? Units = null);

    public sealed record DemoUnit(string Code, string Name);

    public sealed record DemoOfficial(string FullName, string[] Roles, string? Unit = null, bool Heads = false)
    {
        public DemoOfficial(string fullName, string role, string? unit = null, bool heads = false)
            : this(fullName, [role], unit, heads)
        {
        }
    }

    public static readonly DemoAgency[] Agencies =
    [
        new("gtvt", "Sở Giao thông vận tải", "SGTVT",
        [
            new("Hoàng Văn Bình", Roles.Clerk, "VP"),
            new("Phạm Thị Thu", Roles.Leader),
            new("Vũ Minh Tuấn", Roles.Specialist, "QLVT", heads: true),
        ],
        [new("VP", "Văn phòng Sở"), new("QLVT", "Phòng Quản lý vận tải")]),
        new("tttt", "Sở Thông tin và Truyền thông", "STTTT",
        [
            new("Nguyễn Văn Chiến", Roles.Clerk, "VP"),
            new("Đặng Đức Anh", Roles.Leader),
            new("Trần Thị Hồng Nhung", Roles.Specialist, "BCVT", heads: true),
            new("Lê Thị Mai", Roles.AgencyAdmin, "VP", heads: true),
            new("Đỗ Văn Khánh", Roles.SystemAdmin),
            new("Phạm Văn Quang", Roles.Specialist, "BCVT"),
        ],
        [new("VP", "Văn phòng Sở"), new("BCVT", "Phòng Bưu chính, Viễn thông")]),
        new("maison", "UBND huyện Mai Sơn", "UBND",
        [
            new("Lường Văn Thắng", Roles.Clerk),
            new("Quàng Thị Lan", Roles.Leader),
        ]),
        new("tpsonla", "UBND thành phố Sơn La", "UBND",
        [
            new("Cầm Văn Sơn", Roles.Clerk),
            new("Đinh Thị Hoa", Roles.Specialist),
        ]),
        new("vpubnd", "Văn phòng UBND tỉnh", "VPUBND",
        [
            new("Lò Thị Hạnh", Roles.Clerk, "HCTC"),
            new("Nguyễn Đức Long", Roles.Leader),
            new("Bùi Quang Huy", Roles.Archivist, "HCTC", heads: true),
        ],
        [new("HCTC", "Phòng Hành chính - Tổ chức")]),
    ];
}
