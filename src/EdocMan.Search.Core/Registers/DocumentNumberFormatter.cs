using System.Globalization;

namespace EdocMan.Search.Core.Registers;

/// <summary>
/// Số, ký hiệu by Decree 30/2020 (Art. 15, Annex I §II.3): <c>{n}/{TYPE}-{ISSUER}</c>; công văn
/// <c>{n}/{ISSUER}-{UNIT}</c>; legal normative documents <c>{n}/{yyyy}/{TYPE}-{ISSUER}</c>. No spaces;
/// numbers below 10 are zero-padded.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class DocumentNumberFormatter
{
    /// <param name="number">The number from the series, 1 or more.</param>
    /// <param name="typeAbbreviation">The type's abbreviation; <c>null</c> for công văn.</param>
    /// <param name="issuerSymbol">The issuing agency's symbol, e.g. <c>SGTVT</c>.</param>
    /// <param name="draftingUnit">For công văn: the drafting unit or field, e.g. <c>VX</c>; optional.</param>
    /// <param name="year">The year, used by legal normative documents only.</param>
    /// <param name="legalNormative">Whether the document is a legal normative document (QPPL).</param>
    public static string Format(int number, string? typeAbbreviation, string issuerSymbol, string? draftingUnit, int year, bool legalNormative)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var n = number.ToString("00", CultureInfo.InvariantCulture);
        var issuer = Compact(issuerSymbol);
        var type = string.IsNullOrWhiteSpace(typeAbbreviation) ? null : Compact(typeAbbreviation);
        if (type is null)
        {
            var unit = string.IsNullOrWhiteSpace(draftingUnit) ? null : Compact(draftingUnit);
            return unit is null ? $"{n}/{issuer}" : $"{n}/{issuer}-{unit}";
        }
        return legalNormative
            ? $"{n}/{year.ToString(CultureInfo.InvariantCulture)}/{type}-{issuer}"
            : $"{n}/{type}-{issuer}";
    }

    private static string Compact(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
}
