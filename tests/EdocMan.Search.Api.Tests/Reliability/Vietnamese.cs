namespace EdocMan.Search.Api.Tests.Reliability;

/// <summary>Whether a message is written in Vietnamese: it has at least one letter only Vietnamese uses.</summary>
internal static class Vietnamese
{
    private const string Letters = "ăâđêôơưạảãàáậầấẩẫắằặẳẵọỏõòóộổỗồốờớợởỡẹẻẽèéềếệểễụủũùúựữửừứịỉĩìíỵỷỹỳý";

    public static bool IsVietnamese(string? text) =>
        text is not null && text.Any(c => Letters.Contains(char.ToLowerInvariant(c)));
}
