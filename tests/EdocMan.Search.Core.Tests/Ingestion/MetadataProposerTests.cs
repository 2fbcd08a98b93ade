using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Core.Tests.Ingestion;

public sealed class MetadataProposerTests
{
    private const string Page =
        "ỦY BAN NHÂN DÂN\nHUYỆN THUẬN CHÂU\n-------CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
        "--------------Số: 12/BC-UBND\nThuận Châu, ngày 02 tháng 7 năm 2016\nBÁO CÁO\n" +
        "Kết quả công tác tiếp công dân 6 tháng đầu năm 2016\nThực hiện chỉ đạo của UBND tỉnh, ...\n" +
        "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Mạnh";

    [Fact]
    public void Reads_every_field_of_a_report()
    {
        var proposal = MetadataProposer.Propose([Page]);

        Assert.Equal(new MetadataProposal("12/BC-UBND", "BC", "Thuận Châu", new DateOnly(2016, 7, 2), "UBND huyện Thuận Châu",
            "Kết quả công tác tiếp công dân 6 tháng đầu năm 2016", "Lò Văn Mạnh"), proposal);
    }

    [Fact]
    public void An_impossible_date_and_an_empty_document_give_no_proposal()
    {
        Assert.Null(MetadataProposer.Propose(["Sơn La, ngày 32 tháng 13 năm 2016"]).Date);
        Assert.Equal(new MetadataProposal(null, null, null, null, null, null, null), MetadataProposer.Propose([]));
    }
}
