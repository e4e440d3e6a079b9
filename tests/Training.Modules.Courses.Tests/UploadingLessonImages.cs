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
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_trainer_uploads_a_picture_that_lessons_can_show()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());

        var response = await trainer.PostAsync("/api/courses/images", Form(Png, "image/png"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var url = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString();
        var image = await app.Client().GetAsync(url);
        image.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        (await image.Content.ReadAsByteArrayAsync()).Should().Equal(Png);
    }

    [Fact]
    public async Task A_file_that_only_claims_to_be_an_image_is_refused()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());

        var response = await trainer.PostAsync("/api/courses/images", Form("<script>alert(1)</script>"u8.ToArray(), "image/png"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_trainers_upload_pictures()
    {
        (await app.Client().PostAsync("/api/courses/images", Form(Png, "image/png"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static MultipartFormDataContent Form(byte[] bytes, string mediaType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "image", "gambar.png" } };
    }
}
