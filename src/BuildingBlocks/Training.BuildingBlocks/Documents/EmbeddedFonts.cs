using PdfSharp.Fonts;

namespace Training.BuildingBlocks.Documents;

/// <summary>
/// Serves DejaVu Sans, regular and bold, from TTF files embedded in this assembly: PDFsharp's Core
/// build discovers no fonts on Linux, and a certificate or a cohort's list must print alike on every
/// machine, offline. Every module that prints calls <see cref="EnsureInstalled"/> before drawing.
/// </summary>
public sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string ResourcePrefix = "Training.BuildingBlocks.Documents.Fonts.";

    // GlobalFontSettings.FontResolver is process-wide and may be set only once, before any font is
    // used; the lazy value makes concurrent first renders (tests, host requests) install it once.
    private static readonly Lazy<EmbeddedFonts> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private EmbeddedFonts()
    {
    }

    public static void EnsureInstalled() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName) => faceName is Regular or Bold ? Load(faceName) : null;

    private static byte[] Load(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(ResourcePrefix + faceName + ".ttf")
            ?? throw new InvalidOperationException($"The font {faceName}.ttf is not embedded in {typeof(EmbeddedFonts).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static EmbeddedFonts Install()
    {
        var fonts = new EmbeddedFonts();
        var current = GlobalFontSettings.FontResolver;
        if (current is null)
        {
            GlobalFontSettings.FontResolver = fonts;
        }
        else if (current.ResolveTypeface(Family, false, false) is null)
        {
            // Replacing a resolver PDFsharp already uses throws; say plainly what is missing instead.
            throw new InvalidOperationException($"Another PDFsharp font resolver ({current.GetType().Name}) is installed and does not serve {Family}.");
        }

        return fonts;
    }
}
