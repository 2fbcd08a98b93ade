namespace EdocMan.Search.Core.Ingestion;

/// <summary>The content types the system recognises, and the file extensions that claim them.</summary>
public static class ContentTypes
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Tiff = "image/tiff";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Doc = "application/msword";
    public const string Zip = "application/zip";
    public const string PlainText = "text/plain";
    public const string Unknown = "application/octet-stream";

    private static readonly Dictionary<string, string[]> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = [Pdf],
        [".png"] = [Png],
        [".jpg"] = [Jpeg],
        [".jpeg"] = [Jpeg],
        [".tif"] = [Tiff],
        [".tiff"] = [Tiff],
        // A .docx is a zip; the sniffer cannot always tell which zip it is without unpacking.
        [".docx"] = [Docx, Zip],
        [".doc"] = [Doc],
        [".txt"] = [PlainText],
    };

    /// <summary>The content types a file name's extension promises, or null for an extension we do not know.</summary>
    public static IReadOnlyList<string>? ExpectedFor(string fileName) =>
        ByExtension.TryGetValue(Path.GetExtension(fileName), out var types) ? types : null;

    /// <summary>A short Vietnamese name of the format, for messages.</summary>
    public static string Describe(string contentType) => contentType switch
    {
        Pdf => "PDF",
        Png => "ảnh PNG",
        Jpeg => "ảnh JPEG",
        Tiff => "ảnh TIFF",
        Docx or Zip => "Word (.docx)",
        Doc => "Word (.doc)",
        PlainText => "văn bản thuần",
        _ => "không xác định",
    };
}
