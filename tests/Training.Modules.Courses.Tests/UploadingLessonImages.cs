using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing;
using Xunit;

namespace Training.Modules.Courses.Tests;

public sealed class UploadingLessonImages(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_picture_shows_to_everyone_once_a_published_version_of_its_course_shows_it()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());
        var courseId = await IdAsync(await trainer.PostAsJsonAsync("/api/courses", Course("Anyam 20 baris.")));

        var response = await trainer.PostAsync($"/api/courses/{courseId}/images", Form(TestImages.PhonePhoto(), "image/jpeg"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var url = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        (await trainer.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, "its author sees it while drafting");
        (await app.Client().GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a draft's picture is not public");

        (await trainer.PutAsJsonAsync($"/api/courses/{courseId}", Course($"![Tikar]({url})"))).EnsureSuccessStatusCode();
        (await trainer.PostAsync($"/api/courses/{courseId}/publish", null)).EnsureSuccessStatusCode();

        var image = await app.Client().GetAsync(url);
        image.StatusCode.Should().Be(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.Should().Be("image/jpeg", "a photo is re-encoded as JPEG");
    }

    [Fact]
    public async Task A_file_that_only_claims_to_be_an_image_is_refused()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());
        var courseId = await IdAsync(await trainer.PostAsJsonAsync("/api/courses", Course("Anyam.")));

        var response = await trainer.PostAsync($"/api/courses/{courseId}/images", Form("<script>alert(1)</script>"u8.ToArray(), "image/png"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("image.not-an-image");
    }

    [Fact]
    public async Task Only_the_courses_author_uploads_its_pictures()
    {
        var facilityId = await app.FacilityAsync();
        var (_, author) = await app.StaffAsync(Roles.Trainer, facilityId);
        var (_, colleague) = await app.StaffAsync(Roles.Trainer, facilityId);
        var courseId = await IdAsync(await author.PostAsJsonAsync("/api/courses", Course("Anyam.")));

        (await app.Client().PostAsync($"/api/courses/{courseId}/images", Form(TestImages.OnePixelPng, "image/png"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await colleague.PostAsync($"/api/courses/{courseId}/images", Form(TestImages.OnePixelPng, "image/png"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static object Course(string lesson) => new
    {
        title = "Anyaman Purun", summary = "Tikar", category = "Weaving", expectedHours = 20, minimumAttendancePercent = 75, certificateValidityMonths = 36,
        competencyUnits = new[] { new { code = "C.132000.022.01", title = "Menganyam dasar", performanceCriteria = new[] { "Anyaman rapat" } } },
        lessons = new[] { new { title = "Menganyam", body = lesson } },
    };

    private static async Task<Guid> IdAsync(HttpResponseMessage created)
    {
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static MultipartFormDataContent Form(byte[] bytes, string mediaType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "image", "gambar.png" } };
    }
}
