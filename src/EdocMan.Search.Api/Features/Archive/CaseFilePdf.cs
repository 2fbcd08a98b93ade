using System.Globalization;
using System.Text;
using EdocMan.Search.Core.Archive;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Data;
using EdocMan.Search.Printing;
using EdocMan.Search.Printing.Tables;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace EdocMan.Search.Api.Features.Archive;

/// <summary>
/// The PDF export of a case file (Decree 30/2020, Art. 28–29, Annex V): its document list (mục lục văn bản)
/// followed by the documents in date order.
/// </summary>
/// <remarks>
/// Implementation note: an original that is a PDF (or the searchable PDF made from a scan) is appended page
/// by page, untouched; any other document, or a PDF that PDFsharp cannot import (encrypted, damaged), is
/// printed from its extracted text with <see cref="TextPdfRenderer"/>. The "Tờ số" column gives each
/// document's pages in the exported PDF, so the list is rendered again if its own length moved them.
/// </remarks>
internal sealed class CaseFilePdf(EdocManDbContext db, IDocumentStore store, TimeProvider time)
{
    private static readonly TableColumn[] Columns =
    [
        new("Số TT", 0.5), new("Số, ký hiệu văn bản", 1.6), new("Ngày tháng văn bản", 1.0),
        new("Tên loại và trích yếu nội dung văn bản", 4.0), new("Tác giả văn bản", 1.8), new("Tờ số / trang", 0.8), new("Ghi chú", 1.3),
    ];

    public async Task<byte[]> RenderAsync(CaseFileContents contents, CancellationToken ct)
    {
        var parts = new List<PdfDocument>();
        try
        {
            foreach (var entry in contents.Entries)
            {
                parts.Add(await DocumentPartAsync(entry, ct));
            }
            var renderer = new TablePdfRenderer(time);
            var listPages = 1;
            byte[] list;
            while (true)
            {
                list = renderer.Render(List(contents, parts.Select(p => p.PageCount).ToList(), listPages));
                var counted = PageCount(list);
                if (counted == listPages)
                {
                    break;
                }
                listPages = counted;
            }
            using var output = new PdfDocument();
            output.Info.Title = $"Hồ sơ {contents.File.Code}: {contents.File.Title}";
            output.Info.Creator = "EdocMan.Search";
            output.Info.CreationDate = time.GetLocalNow().DateTime;
            using (var listDocument = PdfReader.Open(new MemoryStream(list), PdfDocumentOpenMode.Import))
            {
                Append(output, listDocument);
            }
            foreach (var part in parts)
            {
                Append(output, part);
            }
            using var stream = new MemoryStream();
            output.Save(stream, closeStream: false);
            return stream.ToArray();
        }
        finally
        {
            parts.ForEach(p => p.Dispose());
        }
    }

    /// <summary>Mục lục văn bản with the columns of Annex V.</summary>
    internal static TableDocument List(CaseFileContents contents, IReadOnlyList<int> pageCounts, int listPages)
    {
        var file = contents.File;
        var rows = new List<IReadOnlyList<string>>();
        var next = listPages + 1;
        for (var i = 0; i < contents.Entries.Count; i++)
        {
            var entry = contents.Entries[i];
            var document = entry.Document;
            var pages = pageCounts[i];
            var range = pages <= 1 ? next.ToString(CultureInfo.InvariantCulture) : $"{next}–{next + pages - 1}";
            next += pages;
            var summary = entry.TypeName is { } type ? $"{type}: {document.Title}" : document.Title;
            rows.Add([
                entry.Ordinal.ToString(CultureInfo.InvariantCulture), document.Number ?? string.Empty,
                document.DocumentDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty,
                summary, document.Issuer ?? string.Empty, range, entry.Notes ?? string.Empty,
            ]);
        }
        var subtitles = new List<string>
        {
            contents.Agency.Name,
            $"Hồ sơ số: {file.Code} (năm {file.Year}) — {file.Title}",
            $"Thời gian: {contents.DateRange}. Thời hạn bảo quản: {RetentionSchedule.RetentionLabel(file.RetentionYears)}. Người lập hồ sơ: {contents.CreatorName}.",
            $"Tình trạng: {ArchiveAccess.StatusLabel(file.Status)}{(file.Status == CaseFileStatus.Transferred ? " (chỉ đọc)" : string.Empty)}.",
        };
        var footer = new List<string>
        {
            $"Tổng số: {contents.Entries.Count} văn bản, {contents.PageTotal} trang.",
        };
        return new TableDocument("MỤC LỤC VĂN BẢN", subtitles, Columns, rows, footer);
    }

    private async Task<PdfDocument> DocumentPartAsync(FileEntry entry, CancellationToken ct)
    {
        var document = entry.Document;
        var pdfAddress = document.ContentType == "application/pdf" ? document.Sha256 : document.SearchablePdfSha256;
        if (pdfAddress is not null && store.Exists(pdfAddress))
        {
            try
            {
                await using var original = store.OpenRead(pdfAddress);
                using var buffer = new MemoryStream();
                await original.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                var imported = PdfReader.Open(buffer, PdfDocumentOpenMode.Import);
                if (imported.PageCount > 0)
                {
                    return imported;
                }
                imported.Dispose();
            }
            catch (Exception e) when (e is PdfReaderException or InvalidOperationException or NotSupportedException or IOException)
            {
                // Falls through to the text: the export must not fail because one original cannot be imported.
            }
        }
        var pages = await db.DocumentPages.AsNoTracking().Where(p => p.DocumentId == document.Id).OrderBy(p => p.Number)
            .Select(p => p.Text).ToListAsync(ct);
        var text = new StringBuilder()
            .Append(document.Number is { } number ? $"Văn bản số {number}" : "Văn bản").Append(" — ").AppendLine(document.Title)
            .AppendLine()
            .AppendJoin("\n\n", pages.Count > 0 ? pages : ["(Văn bản chưa có nội dung trích xuất được.)"])
            .ToString();
        var bytes = new TextPdfRenderer(time).Render(text, new PdfRenderOptions { Title = document.Title, FontSize = 12 });
        return PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
    }

    private static void Append(PdfDocument output, PdfDocument source)
    {
        foreach (var page in source.Pages)
        {
            output.AddPage(page);
        }
    }

    private static int PageCount(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}
