using System.Net;
using System.Text;
using FluentAssertions;
using SixLabors.ImageSharp;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Files;

/// <summary>
/// A tablet photo with GPS, a description and an orientation tag comes back from every image route,
/// and from every thumbnail, without any metadata and standing upright.
/// </summary>
[Collection(FileWorldCollection.Name)]
public sealed class StrippingPhotoMetadata(FileWorld world)
{
    public static readonly TheoryData<string> Routes = new() { "lesson image", "evidence photo", "portfolio photo" };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_phone_photo_comes_back_upright_without_place_time_or_caption(string route)
    {
        var people = await world.PeopleAsync();
        var photo = TestImages.PhonePhoto(400, 300);
        Image.Identify(photo).Metadata.ExifProfile!.Values.Should().Contain(v => v.Tag == SixLabors.ImageSharp.Metadata.Profiles.Exif.ExifTag.GPSLatitude);

        var address = await UploadAsync(route, people, photo);
        var reader = route == "lesson image" ? people.Trainer : people.Callers[Caller.Learner];

        await ShouldBeCleanAsync(await reader.GetAsync(address), width: 300, height: 400);
        await ShouldBeCleanAsync(await reader.GetAsync(address + "?thumbnail=true"), width: 240, height: 320);
    }

    [Fact]
    public async Task A_picture_larger_than_2048_pixels_is_bounded_and_a_transparent_one_stays_png()
    {
        var people = await world.PeopleAsync();
        using var transparent = new Image<SixLabors.ImageSharp.PixelFormats.Rgba32>(3000, 1000);
        using var png = new MemoryStream();
        await transparent.SaveAsPngAsync(png);

        var address = await UploadAsync("lesson image", people, png.ToArray());

        var image = await people.Trainer.GetAsync(address);
        image.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        var info = Image.Identify(await image.Content.ReadAsByteArrayAsync());
        (info.Width, info.Height).Should().Be((2048, 683));
    }

    private static async Task<string> UploadAsync(string route, FileWorld.People people, byte[] photo) => route switch
    {
        "lesson image" => $"/api/courses/images/{await FileWorld.IdAsync(await people.Trainer.PostAsync($"/api/courses/{people.DraftCourseId}/images", FileWorld.Form(photo, "image")))}",
        "evidence photo" => $"/api/assessments/evidence/{await FileWorld.IdAsync(await people.Assessor.PostAsync($"/api/assessments/{people.EnrollmentId}/evidence", FileWorld.Form(photo, "photo")))}",
        _ => $"/api/portfolio-photos/{await FileWorld.IdAsync(await people.Callers[Caller.Learner].PostAsync("/api/me/graduate-profile/photos", FileWorld.Form(photo, "photo")))}",
    };

    private static async Task ShouldBeCleanAsync(HttpResponseMessage response, int width, int height)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/jpeg");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var info = Image.Identify(bytes);
        (info.Width, info.Height).Should().Be((width, height), "the orientation tag asked for a quarter turn");
        info.Metadata.ExifProfile.Should().BeNull();
        info.Metadata.XmpProfile.Should().BeNull();
        info.Metadata.IptcProfile.Should().BeNull();
        var text = Encoding.Latin1.GetString(bytes);
        text.Should().NotContain("Exif").And.NotContain("Palangka").And.NotContain("adobe").And.NotContain("Tablet");
        Segments(bytes).Should().NotContain([0xE1, 0xED, 0xFE], "no EXIF/XMP (APP1), IPTC (APP13) or comment segment is left");
    }

    // The JPEG's segment markers up to the start of the picture data.
    private static List<byte> Segments(byte[] jpeg)
    {
        var markers = new List<byte>();
        for (var at = 2; at + 3 < jpeg.Length && jpeg[at] == 0xFF && jpeg[at + 1] != 0xDA; at += 2 + ((jpeg[at + 2] << 8) | jpeg[at + 3]))
        {
            markers.Add(jpeg[at + 1]);
        }

        return markers;
    }
}
