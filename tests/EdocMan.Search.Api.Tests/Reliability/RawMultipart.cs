using System.Net.Http.Headers;
using System.Text;
using EdocMan.Search.Testing.Hostile;

namespace EdocMan.Search.Api.Tests.Reliability;

/// <summary>
/// A multipart/form-data body written byte by byte, so file names and field values can carry what
/// <see cref="MultipartFormDataContent"/> refuses or repairs: NUL, invalid UTF-8, 100,000 characters.
/// </summary>
/// <remarks>As browsers do (HTML spec), a quote, CR and LF in a name are sent percent-encoded.</remarks>
internal static class RawMultipart
{
    private const string Boundary = "----edocman-hostile-7d2f";

    public static ByteArrayContent For(HostileFile file)
    {
        var body = new MemoryStream();
        void Ascii(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        foreach (var (name, value) in file.Fields ?? new Dictionary<string, string>())
        {
            Ascii($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n");
            body.Write(Encoding.UTF8.GetBytes(value));
            Ascii("\r\n");
        }
        foreach (var (name, value) in file.RawFields ?? new Dictionary<string, byte[]>())
        {
            Ascii($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n");
            body.Write(value);
            Ascii("\r\n");
        }
        Ascii($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"");
        body.Write(EscapeName(file.RawFileName ?? Encoding.UTF8.GetBytes(file.FileName)));
        Ascii("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.Write(file.Bytes);
        Ascii($"\r\n--{Boundary}--\r\n");
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return content;
    }

    private static byte[] EscapeName(byte[] name) => name.SelectMany(b => b switch
    {
        (byte)'"' => "%22"u8.ToArray(),
        (byte)'\r' => "%0D"u8.ToArray(),
        (byte)'\n' => "%0A"u8.ToArray(),
        _ => [b],
    }).ToArray();
}
