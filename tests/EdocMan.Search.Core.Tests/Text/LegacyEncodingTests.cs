using EdocMan.Search.Core.Text;

namespace EdocMan.Search.Core.Tests.Text;

/// <summary>
/// Legacy text as PDF extraction returns it (each byte as the Latin-1 character with its number),
/// typed from the encodings' definitions, next to the Unicode it must become.
/// </summary>
public sealed class LegacyEncodingTests
{
    public static TheoryData<string, string> Tcvn3Sentences => new()
    {
        { "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam" },
        { "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc" },
        { "QuyÕt ®Þnh nµy cã hiÖu lùc thi hµnh sau 10 ngµy kÓ tõ ngµy ký.", "Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký." },
        { "Së Th«ng tin vµ TruyÒn th«ng tØnh S¬n La", "Sở Thông tin và Truyền thông tỉnh Sơn La" },
        { "Chñ tÞch ñy ban nh©n d©n tØnh quyÕt ®Þnh", "Chủ tịch ủy ban nhân dân tỉnh quyết định" },
        { "mäi ng\u00ADêi d©n ®Òu ®\u00ADîc b¶o vÖ", "mọi người dân đều được bảo vệ" },
        { "B¶o Th¾ng, B×nh Xuyªn, ¡n, ¢m, ¤ng, ¥, ¦", "Bảo Thắng, Bình Xuyên, Ăn, Âm, Ông, Ơ, Ư" },
    };

    public static TheoryData<string, string> VniSentences => new()
    {
        { "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
        { "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc" },
        { "Quyeát ñònh naøy coù hieäu löïc thi haønh sau 10 ngaøy keå töø ngaøy kyù.", "Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký." },
        { "Sôû Thoâng tin vaø Truyeàn thoâng tænh Sôn La", "Sở Thông tin và Truyền thông tỉnh Sơn La" },
        { "moïi ngöôøi daân ñeàu ñöôïc baûo veä", "mọi người dân đều được bảo vệ" },
        { "Baûo Thaéng, naêm, ñaët, chaúng, ñaõ, mó, kyõ, ñaëc bieät", "Bảo Thắng, năm, đặt, chẳng, đã, mĩ, kỹ, đặc biệt" },
    };

    [Theory]
    [MemberData(nameof(Tcvn3Sentences))]
    public void Tcvn3_is_detected_from_the_text_and_converted(string legacy, string unicode)
    {
        var result = LegacyEncoding.TryConvert(legacy, fontName: null);
        Assert.Equal(LegacyEncodingKind.Tcvn3, result.Encoding);
        Assert.Equal(unicode, result.Text);
    }

    [Theory]
    [MemberData(nameof(VniSentences))]
    public void Vni_is_detected_from_the_text_and_converted(string legacy, string unicode)
    {
        var result = LegacyEncoding.TryConvert(legacy, fontName: null);
        Assert.Equal(LegacyEncodingKind.Vni, result.Encoding);
        Assert.Equal(unicode, result.Text);
    }

    [Theory]
    [InlineData("Céng", ".VnTime", "Cộng")]
    [InlineData("hoµ", "ABCDEF+.VnTime,Bold", "hoà")]
    [InlineData("QUYÕT §ÞNH", ".VnTimeH", "QUYẾT ĐỊNH")]
    [InlineData("CéNG HßA", "VnArialH-Bold", "CỘNG HÒA")]
    [InlineData("Vieät", "VNI-Times", "Việt")]
    [InlineData("ñoäc", "BCDEFG+VNI-Helve-Bold", "độc")]
    public void A_font_name_decides_even_for_a_single_word(string legacy, string font, string unicode)
    {
        var result = LegacyEncoding.TryConvert(legacy, font);
        Assert.True(result.Converted);
        Assert.Equal(unicode, result.Text);
    }

    [Theory]
    [InlineData("Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("vé máy bay, tên tôi, Ánh Hồng")]
    [InlineData("The café is open, naïve résumé")]
    [InlineData("Số: 31/2014/QĐ-UBND")]
    [InlineData("")]
    public void Unicode_and_foreign_text_is_left_alone(string text)
    {
        var result = LegacyEncoding.TryConvert(text, fontName: null);
        Assert.False(result.Converted);
        Assert.Same(text, result.Text);
    }

    [Fact]
    public void A_legacy_font_name_on_Unicode_text_does_not_garble_it()
    {
        const string text = "Quyết định này có hiệu lực";
        Assert.Equal(text, LegacyEncoding.TryConvert(text, ".VnTime").Text);
        Assert.Equal(text, LegacyEncoding.TryConvert(text, "VNI-Times").Text);
    }

    [Theory]
    [InlineData(".VnTime", LegacyEncodingKind.Tcvn3, false)]
    [InlineData(".VnTimeH", LegacyEncodingKind.Tcvn3, true)]
    [InlineData("AAAAAA+.VnArialH,Bold", LegacyEncodingKind.Tcvn3, true)]
    [InlineData("VnTime", LegacyEncodingKind.Tcvn3, false)]
    [InlineData(".VnCentury Schoolbook", LegacyEncodingKind.Tcvn3, false)]
    [InlineData("VNI-Times", LegacyEncodingKind.Vni, false)]
    [InlineData("VNI-Helve-Bold", LegacyEncodingKind.Vni, false)]
    [InlineData("TimesNewRomanPSMT", LegacyEncodingKind.None, false)]
    [InlineData("Arial", LegacyEncodingKind.None, false)]
    [InlineData(null, LegacyEncodingKind.None, false)]
    public void Font_names_map_to_encodings(string? font, LegacyEncodingKind expected, bool upper)
    {
        Assert.Equal(expected, LegacyEncoding.EncodingOfFont(font, out var upperCase));
        Assert.Equal(upper, upperCase);
    }

    [Fact]
    public void Text_repair_converts_a_legacy_page_before_removing_soft_hyphens()
    {
        // TCVN3 puts "ư" on the soft-hyphen code; the normaliser would otherwise delete it.
        Assert.Equal("mọi người dân đều được bảo vệ", VietnameseTextRepair.Repair("mäi ng\u00ADêi d©n ®Òu ®\u00ADîc b¶o vÖ"));
    }
}
