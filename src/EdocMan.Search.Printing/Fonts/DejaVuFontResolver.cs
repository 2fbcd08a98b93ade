using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace EdocMan.Search.Printing.Fonts;

/// <summary>
/// Serves DejaVu Serif (regular, bold, italic, bold italic) to PDFsharp from the TrueType files of
/// the Debian package <c>fonts-dejavu-core</c>.
/// </summary>
/// <remarks>
/// <para>
/// PDFsharp's Core build has no usable platform font lookup on Linux, so every face it draws must come
/// from a resolver. DejaVu Serif covers the whole Vietnamese alphabet as precomposed glyphs, so the
/// text is embedded as a CID subset with a ToUnicode map and extracts back exactly. The font bytes are
/// passed through <see cref="CompositeGlyphFlattener"/> first, without which PDFsharp 6.2.4 drops the
/// inner parts of stacked diacritics ("CỘNG" would print as "CONG").
/// </para>
/// <para>
/// PDFsharp accepts only one resolver per process (<see cref="GlobalFontSettings.FontResolver"/> may be
/// set once, before any font is used); call <see cref="EnsureRegistered"/> rather than setting it.
/// </para>
/// <threadsafety>Thread-safe: font bytes are read once per face and cached.</threadsafety>
/// </remarks>
public sealed class DejaVuFontResolver : IFontResolver
{
    /// <summary>The family name to pass to <c>XFont</c>.</summary>
    public const string FamilyName = "DejaVu Serif";

    /// <summary>Where Debian installs the DejaVu TrueType files.</summary>
    public const string DefaultFontDirectory = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lock RegistrationLock = new();
    private static DejaVuFontResolver? s_registered;

    private readonly string _directory;
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    internal DejaVuFontResolver(string directory) => _directory = directory;

    /// <summary>
    /// Installs the resolver as PDFsharp's global font resolver, once per process. Later calls are no-ops.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another font resolver was installed first.</exception>
    public static void EnsureRegistered()
    {
        if (Volatile.Read(ref s_registered) is not null)
        {
            return;
        }
        lock (RegistrationLock)
        {
            if (s_registered is not null)
            {
                return;
            }
            // Someone else's resolver cannot be replaced (PDFsharp caches faces by it), and silently
            // drawing with a different font would break the promise that text extracts back exactly.
            if (GlobalFontSettings.FontResolver is { } other && other is not DejaVuFontResolver)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already uses the font resolver {other.GetType().FullName}; " +
                    "EdocMan.Search.Printing needs DejaVuFontResolver to be the only one.");
            }
            var resolver = GlobalFontSettings.FontResolver as DejaVuFontResolver
                ?? new DejaVuFontResolver(DefaultFontDirectory);
            GlobalFontSettings.FontResolver = resolver;
            Volatile.Write(ref s_registered, resolver);
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!familyName.Equals(FamilyName, StringComparison.OrdinalIgnoreCase)
            && !familyName.Equals("DejaVuSerif", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var face = (bold, italic) switch
        {
            (true, true) => "DejaVuSerif-BoldItalic",
            (true, false) => "DejaVuSerif-Bold",
            (false, true) => "DejaVuSerif-Italic",
            _ => "DejaVuSerif",
        };
        return new FontResolverInfo(face);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, ReadFace);

    private byte[] ReadFace(string faceName)
    {
        var path = Path.Combine(_directory, faceName + ".ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Font file {path} is missing; install the Debian package fonts-dejavu-core.", path);
        }
        var bytes = File.ReadAllBytes(path);
        try
        {
            return CompositeGlyphFlattener.Flatten(bytes);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or OverflowException)
        {
            // A font we cannot rewrite still draws; only some stacked diacritics may be missing.
            return bytes;
        }
    }
}
