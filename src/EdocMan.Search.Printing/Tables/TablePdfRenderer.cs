using System.Text;
using EdocMan.Search.Printing.Fonts;
using EdocMan.Search.Printing.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EdocMan.Search.Printing.Tables;

/// <summary>
/// Prints a <see cref="TableDocument"/> on A4 landscape pages with ruled cells, the header row repeated
/// on every page, and DejaVu Serif embedded (with a ToUnicode map, so the text can be extracted again).
/// </summary>
/// <remarks>
/// Cells are word-wrapped to their column; a row that does not fit under the previous one starts a new
/// page. A row taller than a whole page is cut with "…" rather than split, since a register line is
/// signed for as one. <threadsafety>Thread-safe: each call builds its own document.</threadsafety>
/// </remarks>
public sealed class TablePdfRenderer
{
    private const double Mm = 72 / 25.4;
    private const double Margin = 10 * Mm;
    private const double Padding = 1.5 * Mm;
    private const double FontSize = 8;

    private readonly TimeProvider _time;

    public TablePdfRenderer(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        DejaVuFontResolver.EnsureRegistered();
    }

    /// <summary>Renders the table and returns the PDF file's bytes.</summary>
    public byte[] Render(TableDocument table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(table));
        }
        using var document = new PdfDocument();
        document.Info.Title = Clean(table.Title);
        document.Info.Creator = "EdocMan.Search";
        document.Info.CreationDate = _time.GetLocalNow().DateTime;
        new Writer(document, table).Write();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    internal static string Clean(string text) =>
        new string(text.Normalize(NormalizationForm.FormC).Select(c => c is '\t' or '\n' or '\r' ? ' ' : c)
            .Where(c => !char.IsControl(c) && c != '\uFEFF').ToArray()).Trim();

    /// <summary>Owns the current page and the cursor.</summary>
    private sealed class Writer(PdfDocument document, TableDocument table)
    {
        private readonly XFont _regular = new(DejaVuFontResolver.FamilyName, FontSize, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        private readonly XFont _bold = new(DejaVuFontResolver.FamilyName, FontSize, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        private readonly XFont _title = new(DejaVuFontResolver.FamilyName, 12, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        private readonly XPen _rule = new(XColors.Black, 0.5);
        private XGraphics? _g;
        private double _y;
        private double _pageHeight;
        private double[] _widths = [];

        private double LineHeight => _regular.GetHeight() * 1.15;

        public void Write()
        {
            NewPage(first: true);
            foreach (var row in table.Rows)
            {
                var cells = Wrap(row, _regular);
                var height = RowHeight(cells);
                if (_y + height > _pageHeight - Margin)
                {
                    NewPage(first: false);
                    var room = _pageHeight - Margin - _y;
                    if (height > room)
                    {
                        cells = cells.Select(c => Cut(c, (int)((room - 2 * Padding) / LineHeight))).ToList();
                        height = RowHeight(cells);
                    }
                }
                DrawRow(cells, _regular);
                _y += height;
            }
            _y += LineHeight;
            foreach (var line in table.Footer)
            {
                if (_y + LineHeight > _pageHeight - Margin)
                {
                    NewPage(first: false);
                }
                _g!.DrawString(Clean(line), _bold, XBrushes.Black, new XRect(Margin, _y, ContentWidth, LineHeight), XStringFormats.TopRight);
                _y += LineHeight;
            }
            _g?.Dispose();
        }

        private double ContentWidth { get; set; }

        private void NewPage(bool first)
        {
            _g?.Dispose();
            var page = document.AddPage();
            page.Width = XUnit.FromMillimeter(297);
            page.Height = XUnit.FromMillimeter(210);
            _pageHeight = page.Height.Point;
            ContentWidth = page.Width.Point - 2 * Margin;
            var total = table.Columns.Sum(c => c.Weight);
            _widths = table.Columns.Select(c => ContentWidth * c.Weight / total).ToArray();
            _g = XGraphics.FromPdfPage(page);
            _y = Margin;
            if (first)
            {
                _g.DrawString(Clean(table.Title), _title, XBrushes.Black, new XRect(Margin, _y, ContentWidth, _title.GetHeight()), XStringFormats.TopCenter);
                _y += _title.GetHeight() * 1.3;
                foreach (var line in table.Subtitles)
                {
                    _g.DrawString(Clean(line), _regular, XBrushes.Black, new XRect(Margin, _y, ContentWidth, LineHeight), XStringFormats.TopCenter);
                    _y += LineHeight;
                }
                _y += LineHeight / 2;
            }
            var header = Wrap(table.Columns.Select(c => c.Header).ToList(), _bold);
            DrawRow(header, _bold);
            _y += RowHeight(header);
        }

        private List<IReadOnlyList<string>> Wrap(IReadOnlyList<string> row, XFont font) =>
            _widths.Select((width, i) => LineBreaker.Wrap(i < row.Count ? Clean(row[i] ?? string.Empty) : string.Empty,
                width - 2 * Padding, s => _g!.MeasureString(s, font).Width)).ToList();

        private double RowHeight(List<IReadOnlyList<string>> cells) =>
            Math.Max(1, cells.Max(c => c.Count)) * LineHeight + 2 * Padding;

        private void DrawRow(List<IReadOnlyList<string>> cells, XFont font)
        {
            var height = RowHeight(cells);
            var x = Margin;
            for (var i = 0; i < _widths.Length; i++)
            {
                _g!.DrawRectangle(_rule, x, _y, _widths[i], height);
                var y = _y + Padding;
                foreach (var line in cells[i])
                {
                    _g.DrawString(line, font, XBrushes.Black, new XRect(x + Padding, y, _widths[i] - 2 * Padding, LineHeight), XStringFormats.TopLeft);
                    y += LineHeight;
                }
                x += _widths[i];
            }
        }

        private static IReadOnlyList<string> Cut(IReadOnlyList<string> lines, int max) =>
            lines.Count <= max || max < 1 ? lines : [.. lines.Take(max - 1), lines[max - 1] + " …"];
    }
}
