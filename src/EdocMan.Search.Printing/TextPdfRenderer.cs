using System.Text;
using EdocMan.Search.Printing.Fonts;
using EdocMan.Search.Printing.Layout;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EdocMan.Search.Printing;

/// <summary>
/// Renders a plain-text Vietnamese document into an A4 PDF with a real, extractable text layer.
/// </summary>
/// <remarks>
/// <para>
/// Each input line is a paragraph; blank lines add half a line of space. Paragraphs are word-wrapped
/// to the page width and flow onto new pages. Text is normalised to NFC first, because DejaVu Serif
/// has precomposed Vietnamese glyphs but draws combining tone marks poorly, and the embedded font
/// carries a ToUnicode map, so PdfPig or <c>pdftotext</c> give the same characters back.
/// </para>
/// <para>
/// Used to make the demo samples and test fixtures; later, printed registers.
/// </para>
/// <threadsafety>
/// Thread-safe: each call builds its own document. PDFsharp's process-wide font cache is locked internally.
/// </threadsafety>
/// </remarks>
public sealed class TextPdfRenderer
{
    private const double PointsPerMillimetre = 72 / 25.4;

    private readonly TimeProvider _time;

    /// <summary>Creates a renderer; <paramref name="time"/> stamps the PDF's creation date.</summary>
    public TextPdfRenderer(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        DejaVuFontResolver.EnsureRegistered();
    }

    /// <summary>Renders <paramref name="text"/> and returns the PDF file's bytes.</summary>
    /// <param name="text">Paragraphs separated by newlines (\n, \r\n or \r).</param>
    /// <param name="options">Layout and metadata; <see cref="PdfRenderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The font size or margins leave no room for text.</exception>
    public byte[] Render(string text, PdfRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= PdfRenderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FontSize, 6, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FontSize, 36, nameof(options));

        using var document = new PdfDocument();
        if (options.Title is not null)
        {
            document.Info.Title = options.Title;
        }
        if (options.Author is not null)
        {
            document.Info.Author = options.Author;
        }
        document.Info.Creator = "EdocMan.Search";
        document.Info.CreationDate = _time.GetLocalNow().DateTime;

        // Unicode encoding always: WinAnsi cannot hold Vietnamese, and one encoding for every run
        // keeps the embedded subsets predictable.
        var regular = new XFont(DejaVuFontResolver.FamilyName, options.FontSize, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        var bold = new XFont(DejaVuFontResolver.FamilyName, options.FontSize, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);

        using (var writer = new PageWriter(document, options, regular.GetHeight() * options.LineSpacing))
        {
            foreach (var paragraph in SplitParagraphs(text))
            {
                if (paragraph.Length == 0)
                {
                    writer.Skip(0.5);
                    continue;
                }
                var kind = options.BoldCapitalHeadings ? ParagraphStyle.Classify(paragraph) : ParagraphKind.Body;
                var font = kind == ParagraphKind.Body ? regular : bold;
                foreach (var line in LineBreaker.Wrap(paragraph, writer.ContentWidth, writer.Measurer(font)))
                {
                    writer.WriteLine(line, font, centred: kind == ParagraphKind.CentredHeading);
                }
            }
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static IEnumerable<string> SplitParagraphs(string text)
    {
        var normalised = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n');
        foreach (var raw in normalised.Split('\n'))
        {
            yield return Clean(raw);
        }
    }

    // Tabs become spaces and other control characters are dropped: the font has no glyphs for them.
    private static string Clean(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && c != '\uFEFF')
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Trim();
    }

    /// <summary>Owns the current page and the cursor; starts a new page when a line does not fit.</summary>
    private sealed class PageWriter(PdfDocument document, PdfRenderOptions options, double lineHeight) : IDisposable
    {
        private readonly double _left = options.Margins.Left * PointsPerMillimetre;
        private readonly double _top = options.Margins.Top * PointsPerMillimetre;
        private readonly double _bottomMargin = options.Margins.Bottom * PointsPerMillimetre;
        private XGraphics? _graphics;
        private double _pageHeight;
        private double _y;

        public double ContentWidth { get; } = CheckWidth(options);

        public Func<string, double> Measurer(XFont font) => s => Graphics.MeasureString(s, font).Width;

        private XGraphics Graphics => _graphics ?? NewPage();

        public void WriteLine(string line, XFont font, bool centred)
        {
            var graphics = Graphics;
            if (_y + lineHeight > _pageHeight - _bottomMargin)
            {
                graphics = NewPage();
            }
            var box = new XRect(_left, _y, ContentWidth, lineHeight);
            graphics.DrawString(line, font, XBrushes.Black, box, centred ? XStringFormats.TopCenter : XStringFormats.TopLeft);
            _y += lineHeight;
        }

        /// <summary>Adds vertical space, but never at the top of a page.</summary>
        public void Skip(double lines)
        {
            if (_graphics is not null && _y > _top)
            {
                _y += lineHeight * lines;
            }
        }

        public void Dispose()
        {
            // An empty text still yields a valid one-page PDF.
            _ = Graphics;
            _graphics?.Dispose();
        }

        private XGraphics NewPage()
        {
            _graphics?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            _pageHeight = page.Height.Point;
            _y = _top;
            _graphics = XGraphics.FromPdfPage(page);
            return _graphics;
        }

        private static double CheckWidth(PdfRenderOptions options)
        {
            var a4Width = 210 * PointsPerMillimetre;
            var width = a4Width - (options.Margins.Left + options.Margins.Right) * PointsPerMillimetre;
            if (width < 72 || options.Margins.Top + options.Margins.Bottom > 200)
            {
                throw new ArgumentOutOfRangeException(nameof(options), "The margins leave less than an inch for text.");
            }
            return width;
        }
    }
}
