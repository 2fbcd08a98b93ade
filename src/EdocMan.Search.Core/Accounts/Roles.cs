namespace EdocMan.Search.Core.Accounts;

/// <summary>Role codes. The Vietnamese labels are what users read; the codes are what is stored.</summary>
public static class Roles
{
    public const string Clerk = "vanthu";
    public const string Leader = "lanhdao";
    public const string Specialist = "chuyenvien";
    public const string Archivist = "luutru";
    public const string AgencyAdmin = "quantridonvi";
    public const string SystemAdmin = "quantrihethong";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Clerk] = "Văn thư",
        [Leader] = "Lãnh đạo",
        [Specialist] = "Chuyên viên",
        [Archivist] = "Lưu trữ",
        [AgencyAdmin] = "Quản trị đơn vị",
        [SystemAdmin] = "Quản trị hệ thống",
    };
}
