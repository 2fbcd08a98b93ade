using System.Globalization;
using System.Text;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Printing.Fonts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>
/// Prints the handover record (biên bản giao nhận) in the layout of an administrative document: the agency
/// and the national motto side by side, the place and date, the centred title, the body, and the two
/// parties' signature blocks side by side (Decree 30/2020, Annex I and V).
/// </summary>
internal static class HandoverPdf
{
    private const double Mm = 72 / 25.4;
    private const double Left = 30 * Mm;
    private const double Right = 15 * Mm;
    private const double Top = 20 * Mm;
    private const double Bottom = 20 * Mm;

    public static byte[] Render(Agency agency, TransferResponse transfer, string? packageSha256, TimeProvider time)
    {
        DejaVuFontResolver.EnsureRegistered();
        var regular = Font(12, XFontStyleEx.Regular);
        var bold = Font(12, XFontStyleEx.Bold);
        var italic = Font(12, XFontStyleEx.Italic);
        using var document = new PdfDocument();
        document.Info.Title = "Biên bản giao nhận tài liệu";
        document.Info.Creator = "EdocMan.Search";
        document.Info.CreationDate = time.GetLocalNow().DateTime;
        var writer = new Writer(document, regular.GetHeight() * 1.3);
        var half = writer.Width / 2;
        var date = transfer.CreatedAt.ToOffset(TimeSpan.FromHours(7));

        // The agency on the left two-fifths, the national motto on the right three-fifths, as on every administrative document.
        var heading = Font(11, XFontStyleEx.Bold);
        var split = writer.Width * 0.4;
        writer.Columns(writer.Wrap(agency.Name.ToUpperInvariant(), heading, split).Select(l => (l, heading)).ToList(), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", heading), ("Độc lập - Tự do - Hạnh phúc", bold)], split);
        writer.Skip(0.5);
        writer.Line(string.Create(CultureInfo.InvariantCulture, $"Sơn La, ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}"), italic, XStringFormats.TopRight);
        writer.Skip(1);
        writer.Line("BIÊN BẢN", bold, XStringFormats.TopCenter);
        writer.Line("Về việc giao nhận tài liệu", bold, XStringFormats.TopCenter);
        writer.Skip(1);
        foreach (var paragraph in TransferPrint.Handover(agency, transfer, packageSha256))
        {
            writer.Paragraph(paragraph, regular);
        }
        writer.Skip(1.5);
        writer.Columns([("ĐẠI DIỆN BÊN GIAO", bold), ("(Ký, ghi rõ họ tên)", italic)], [("ĐẠI DIỆN BÊN NHẬN", bold), ("(Ký, ghi rõ họ tên)", italic)], half);
        writer.Dispose();

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static XFont Font(double size, XFontStyleEx style) =>
        new(DejaVuFontResolver.FamilyName, size, style, XPdfFontOptions.UnicodeDefault);

    /// <summary>The current page and cursor; a line that does not fit starts a new page.</summary>
    private sealed class Writer(PdfDocument document, double lineHeight) : IDisposable
    {
        private XGraphics? _graphics;
        private double _y;
        private double _pageHeight;

        public double Width { get; } = 210 * Mm - Left - Right;

        private XGraphics Graphics => _graphics ?? NewPage();

        public void Line(string text, XFont font, XStringFormat format)
        {
            var graphics = Room(1);
            graphics.DrawString(text, font, XBrushes.Black, new XRect(Left, _y, Width, lineHeight), format);
            _y += lineHeight;
        }

        /// <summary>Word-wrapped, left-aligned, with a little space after.</summary>
        public void Paragraph(string text, XFont font)
        {
            foreach (var line in Wrap(text, font, Width))
            {
                Line(line, font, XStringFormats.TopLeft);
            }
            Skip(0.25);
        }

        /// <summary>The text broken at spaces into lines no wider than <paramref name="width"/> (a longer word stays whole).</summary>
        public List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            foreach (var word in text.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line.ToString());
                    line.Clear().Append(word);
                }
                else
                {
                    line.Clear().Append(candidate);
                }
            }
            if (line.Length > 0)
            {
                lines.Add(line.ToString());
            }
            return lines;
        }

        /// <summary>Two blocks side by side, each line centred in its column; the left one is <paramref name="split"/> wide.</summary>
        public void Columns(IReadOnlyList<(string Text, XFont Font)> left, IReadOnlyList<(string Text, XFont Font)> right, double split)
        {
            var rows = Math.Max(left.Count, right.Count);
            var graphics = Room(rows);
            for (var i = 0; i < rows; i++)
            {
                if (i < left.Count)
                {
                    graphics.DrawString(left[i].Text, left[i].Font, XBrushes.Black, new XRect(Left, _y, split, lineHeight), XStringFormats.TopCenter);
                }
                if (i < right.Count)
                {
                    graphics.DrawString(right[i].Text, right[i].Font, XBrushes.Black, new XRect(Left + split, _y, Width - split, lineHeight), XStringFormats.TopCenter);
                }
                _y += lineHeight;
            }
        }

        public void Skip(double lines) => _y += lineHeight * lines;

        public void Dispose() => _graphics?.Dispose();

        private XGraphics Room(int lines)
        {
            var graphics = Graphics;
            return _y + lineHeight * lines > _pageHeight - Bottom ? NewPage() : graphics;
        }

        private XGraphics NewPage()
        {
            _graphics?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            _pageHeight = page.Height.Point;
            _y = Top;
            _graphics = XGraphics.FromPdfPage(page);
            return _graphics;
        }
    }
}
