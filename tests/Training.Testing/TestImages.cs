using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace Training.Testing;

/// <summary>Pictures as tablets and phones send them, made here so that every test knows exactly what went in.</summary>
public static class TestImages
{
    /// <summary>The smallest real PNG: one opaque pixel.</summary>
    public static readonly byte[] OnePixelPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public const string Description = "Lapas Perempuan Palangka Raya, blok B";

    /// <summary>
    /// A landscape JPEG (<paramref name="width"/> × <paramref name="height"/>, <paramref name="quality"/>) as a phone held upright
    /// writes it: orientation 6 (turn 90° clockwise to view), a GPS position, a description, XMP and IPTC.
    /// </summary>
    public static byte[] PhonePhoto(int width = 400, int height = 300, int quality = 95)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgb24((byte)(x * 7), (byte)(y * 3), (byte)((x ^ y) * 5));
                }
            }
        });
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.ImageDescription, Description);
        exif.SetValue(ExifTag.GPSLatitudeRef, "S");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(2, 1), new Rational(12, 1), new Rational(36, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(113, 1), new Rational(55, 1), new Rational(12, 1)]);
        exif.SetValue(ExifTag.Make, "Tablet Lapas");
        image.Metadata.ExifProfile = exif;
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.Caption, Description);
        image.Metadata.IptcProfile = iptc;
        image.Metadata.XmpProfile = new XmpProfile(System.Text.Encoding.UTF8.GetBytes(
            $"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description>{Description}</rdf:Description></rdf:RDF></x:xmpmeta>"));
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = quality });
        return output.ToArray();
    }

    /// <summary>A phone photo made exactly <paramref name="bytes"/> long: the JPEG, then filler after its end as some cameras leave.</summary>
    public static byte[] PhonePhotoOf(int bytes)
    {
        var photo = PhonePhoto(3000, 2250);
        if (photo.Length > bytes)
        {
            throw new ArgumentOutOfRangeException(nameof(bytes), $"The photo alone is {photo.Length} bytes.");
        }

        var padded = new byte[bytes];
        photo.AsSpan(0, Math.Min(photo.Length, bytes)).CopyTo(padded);
        return padded;
    }
}
