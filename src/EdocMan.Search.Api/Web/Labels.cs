using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Api.Web;

/// <summary>The Vietnamese words the pages show for stored values.</summary>
public static class Labels
{
    public static string Register(RegisterKind register) => register switch
    {
        RegisterKind.Incoming => "Văn bản đến",
        RegisterKind.Outgoing => "Văn bản đi",
        RegisterKind.Internal => "Văn bản nội bộ",
        _ => register.ToString(),
    };

    public static string Register(string register) =>
        Enum.TryParse<RegisterKind>(register, out var kind) ? Register(kind) : register;
}
