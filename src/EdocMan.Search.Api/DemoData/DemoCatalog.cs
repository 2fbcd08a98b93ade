using EdocMan.Search.Core.Accounts;

namespace EdocMan.Search.Api.DemoData;

/// <summary>The demo agencies of Sơn La (codes by the seed's rule) and a few officials in each.</summary>
internal static class DemoCatalog
{
    public sealed record DemoAgency(string Code, string Name, string Symbol, DemoOfficial[] Officials);

    public sealed record DemoOfficial(string FullName, params string[] Roles);

    public static readonly DemoAgency[] Agencies =
    [
        new("gtvt", "Sở Giao thông vận tải", "SGTVT",
        [
            new("Hoàng Văn Bình", Roles.Clerk),
            new("Phạm Thị Thu", Roles.Leader),
            new("Vũ Minh Tuấn", Roles.Specialist),
        ]),
        new("tttt", "Sở Thông tin và Truyền thông", "STTTT",
        [
            new("Nguyễn Văn Chiến", Roles.Clerk),
            new("Đặng Đức Anh", Roles.Leader),
            new("Trần Thị Hồng Nhung", Roles.Specialist),
            new("Lê Thị Mai", Roles.AgencyAdmin),
            new("Đỗ Văn Khánh", Roles.SystemAdmin),
        ]),
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
            new("Lò Thị Hạnh", Roles.Clerk),
            new("Nguyễn Đức Long", Roles.Leader),
            new("Bùi Quang Huy", Roles.Archivist),
        ]),
    ];
}
