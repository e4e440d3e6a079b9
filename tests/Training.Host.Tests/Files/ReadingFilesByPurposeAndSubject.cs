using System.Net;
using FluentAssertions;
using Xunit;

namespace Training.Host.Tests.Files;

/// <summary>
/// Every read route serves only files of its own purpose, and only to callers who may see the file's
/// subject; anyone else gets 404 as if there were no file (the anonymous lesson-image route once
/// served evidence photos, and staff of another facility read them).
/// </summary>
[Collection(FileWorldCollection.Name)]
public sealed class ReadingFilesByPurposeAndSubject(FileWorld world)
{
    public enum File
    {
        PublishedLessonImage,
        DraftLessonImage,
        EvidencePhoto,
        ApprovedPortfolioPhoto,
        WaitingPortfolioPhoto,
        EvidencePhotoAskedAsALessonImage,
        LessonImageAskedAsAnEvidencePhoto,
    }

    //                                                           anonymous learner other   staff of staff of  verified unverified
    //                                                                            learner her fac. other fac. employer employer
    public static readonly TheoryData<File, string> Matrix = new()
    {
        { File.PublishedLessonImage,              "200      200     200     200      200       200      200" },
        { File.DraftLessonImage,                  "404      404     404     200      404       404      404" },
        { File.EvidencePhoto,                     "404      200     404     200      404       404      404" },
        { File.ApprovedPortfolioPhoto,            "404      200     404     200      404       200      404" },
        { File.WaitingPortfolioPhoto,             "404      200     404     200      404       404      404" },
        { File.EvidencePhotoAskedAsALessonImage,  "404      404     404     404      404       404      404" },
        { File.LessonImageAskedAsAnEvidencePhoto, "404      404     404     404      404       404      404" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_the_file_or_404(File file, string answers)
    {
        var people = await world.PeopleAsync();
        var address = Address(file, await world.FilesAsync());
        var expected = answers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

        var actual = new List<string>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            foreach (var size in new[] { "", "?thumbnail=true" })
            {
                using var response = await people.Callers[caller].GetAsync(address + size);
                actual.Add($"{caller}{size}: {(int)response.StatusCode}");
            }
        }

        actual.Should().Equal(Enum.GetValues<Caller>().SelectMany((caller, i) => new[] { $"{caller}: {expected[i]}", $"{caller}?thumbnail=true: {expected[i]}" }));
    }

    [Fact]
    public async Task A_file_the_host_keeps_in_memory_is_still_refused_on_another_purposes_route()
    {
        var people = await world.PeopleAsync();
        var files = await world.FilesAsync();
        var staff = people.Callers[Caller.StaffOfHerFacility];
        var anonymous = people.Callers[Caller.Anonymous];

        // Read once through their own routes, so the host now keeps both in memory.
        (await staff.GetAsync($"/api/assessments/evidence/{files.EvidencePhoto}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.GetAsync($"/api/courses/images/{files.PublishedLessonImage}")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await staff.GetAsync($"/api/courses/images/{files.EvidencePhoto}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/courses/images/{files.EvidencePhoto}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await staff.GetAsync($"/api/assessments/evidence/{files.PublishedLessonImage}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static string Address(File file, FileWorld.Files files) => file switch
    {
        File.PublishedLessonImage => $"/api/courses/images/{files.PublishedLessonImage}",
        File.DraftLessonImage => $"/api/courses/images/{files.DraftLessonImage}",
        File.EvidencePhoto => $"/api/assessments/evidence/{files.EvidencePhoto}",
        File.ApprovedPortfolioPhoto => $"/api/portfolio-photos/{files.ApprovedPortfolioPhoto}",
        File.WaitingPortfolioPhoto => $"/api/portfolio-photos/{files.WaitingPortfolioPhoto}",
        File.EvidencePhotoAskedAsALessonImage => $"/api/courses/images/{files.EvidencePhoto}",
        File.LessonImageAskedAsAnEvidencePhoto => $"/api/assessments/evidence/{files.PublishedLessonImage}",
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };
}
