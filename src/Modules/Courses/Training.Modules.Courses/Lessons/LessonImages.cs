using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Lessons;

/// <summary>A trainer uploads a picture for a lesson; the Markdown then shows it with <c>![..](/api/courses/images/{id})</c>.</summary>
internal static class LessonImageEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapImageUpload("/courses/images", "image", id => $"/api/courses/images/{id}")
            .RequireAuthorization(Policies.Trainer)
            .WithName("UploadLessonImage")
            .WithTags("Courses");

        // Course pictures hold no personal data: anyone who can read a lesson may load them.
        api.MapImageDownload("/courses/images/{id:guid}")
            .AllowAnonymous()
            .WithName("GetLessonImage")
            .WithTags("Courses");
    }
}
