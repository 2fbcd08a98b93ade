using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Api.Features.Registers;

/// <summary>The register names used in routes: <c>den</c>, <c>di</c>, <c>noibo</c>.</summary>
internal static class RegisterRoutes
{
    public static RegisterKind? Parse(string? slug) => slug?.Trim().ToLowerInvariant() switch
    {
        "den" => RegisterKind.Incoming,
        "di" => RegisterKind.Outgoing,
        "noibo" => RegisterKind.Internal,
        _ => null,
    };

    public static string Slug(RegisterKind kind) => kind switch
    {
        RegisterKind.Incoming => "den",
        RegisterKind.Outgoing => "di",
        _ => "noibo",
    };

    public const string UnknownRegister = "Sổ văn bản không hợp lệ; chọn “den” (văn bản đến), “di” (văn bản đi) hoặc “noibo” (nội bộ).";

    /// <summary>Today in Vietnam (UTC+7, no daylight saving): the register day and the series year.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(7));
}
