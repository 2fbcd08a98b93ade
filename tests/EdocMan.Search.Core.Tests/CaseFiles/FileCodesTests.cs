using EdocMan.Search.Core.CaseFiles;

namespace EdocMan.Search.Core.Tests.CaseFiles;

public sealed class FileCodesTests
{
    [Theory]
    [InlineData(1, "TCCB", "01.TCCB")]
    [InlineData(12, " vp ", "12.VP")]
    [InlineData(105, "KHTC", "105.KHTC")]
    public void A_code_is_the_two_digit_number_a_dot_and_the_heading_abbreviation(int sequence, string heading, string expected) =>
        Assert.Equal(expected, FileCodes.Format(sequence, heading));

    [Theory]
    [InlineData("TCCB", true)]
    [InlineData("QLVT-1", true)]
    [InlineData("", false)]
    [InlineData("T.C", false)]
    [InlineData("QUADAIQUAHAI", false)]
    public void Heading_abbreviations_are_short_letters_and_digits(string code, bool valid) =>
        Assert.Equal(valid, FileCodes.IsValidHeadingCode(code));

    private static readonly PlanLine[] TwoHeadings =
    [
        new(1, "TCCB", 1), new(1, "TCCB", 2), new(2, "VP", 1), new(1, "TCCB", int.MaxValue), new(2, "VP", 2),
    ];

    [Fact]
    public void Within_each_heading_numbering_starts_again_at_01()
    {
        // The fourth line was just added at the end of heading I.
        Assert.Equal([1, 2, 1, 3, 2], FileCodes.Renumber(TwoHeadings, FilePlanNumbering.WithinHeading));
    }

    [Fact]
    public void Across_the_plan_one_series_runs_through_every_heading_in_heading_order()
    {
        Assert.Equal([1, 2, 4, 3, 5], FileCodes.Renumber(TwoHeadings, FilePlanNumbering.AcrossPlan));
    }

    [Fact]
    public void Renumbering_closes_the_gap_a_removed_line_leaves()
    {
        PlanLine[] lines = [new(1, "TCCB", 1), new(1, "TCCB", 3), new(1, "TCCB", 4)];
        Assert.Equal([1, 2, 3], FileCodes.Renumber(lines, FilePlanNumbering.WithinHeading));
    }

    [Fact]
    public void The_numbering_is_read_back_from_the_numbers()
    {
        Assert.Equal(FilePlanNumbering.WithinHeading, FileCodes.Infer([new(1, "A", 1), new(1, "A", 2), new(2, "B", 1)]));
        Assert.Equal(FilePlanNumbering.AcrossPlan, FileCodes.Infer([new(1, "A", 1), new(1, "A", 2), new(2, "B", 3)]));
        Assert.Equal(FilePlanNumbering.WithinHeading, FileCodes.Infer([]));
    }

    [Theory]
    [InlineData("I. Tổ chức, cán bộ", 1, "Tổ chức, cán bộ")]
    [InlineData("XIV. Văn phòng", 14, "Văn phòng")]
    [InlineData("Văn phòng. Sở", 0, "Văn phòng. Sở")]
    public void Headings_are_printed_and_read_with_their_roman_numeral(string label, int order, string name)
    {
        Assert.Equal((order, name), FileCodes.ParseHeading(label));
        if (order > 0)
        {
            Assert.Equal(label, FileCodes.HeadingLabel(order, name));
        }
    }
}
