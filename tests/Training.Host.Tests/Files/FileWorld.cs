using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Files;

/// <summary>Who reads files in these tests: one learner ("her") and everyone around her.</summary>
public enum Caller
{
    Anonymous,
    Learner,
    OtherLearner,
    StaffOfHerFacility,
    StaffOfAnotherFacility,
    VerifiedEmployer,
    UnverifiedEmployer,
}

/// <summary>
/// A facility with a trainer, an officer and an assessor; her, enrolled in a published course and opted
/// in to job matching; another learner of the same facility; another facility's trainer; two employers.
/// The trainer of her facility stands for its staff (trainers see every kind of file here).
/// </summary>
public sealed class FileWorld : BekalApp
{
    private readonly Lazy<Task<People>> _people;
    private readonly Lazy<Task<Files>> _files;

    public FileWorld()
    {
        With("Identity:SignInsPerMinutePerAddress", "100000");
        _people = new(CreatePeopleAsync);
        _files = new(CreateFilesAsync);
    }

    public Task<People> PeopleAsync() => _people.Value;

    /// <summary>One file of each kind the matrix reads, uploaded as people do.</summary>
    public Task<Files> FilesAsync() => _files.Value;

    public sealed record Files(Guid PublishedLessonImage, Guid DraftLessonImage, Guid EvidencePhoto, Guid ApprovedPortfolioPhoto, Guid WaitingPortfolioPhoto);

    public sealed record People(
        IReadOnlyDictionary<Caller, HttpClient> Callers, HttpClient Trainer, HttpClient Assessor, Guid LearnerId, Guid CourseId, Guid DraftCourseId, Guid EnrollmentId);

    /// <summary>A multipart form with one picture in <paramref name="field"/>.</summary>
    public static MultipartFormDataContent Form(byte[] picture, string field)
    {
        var file = new ByteArrayContent(picture);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { file, field, "foto.jpg" } };
    }

    public static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<People> CreatePeopleAsync()
    {
        var code = "F-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var facilityId = await this.FacilityAsync(code);
        var (_, officer) = await this.StaffAsync(Roles.FacilityOfficer, facilityId);
        var (trainerId, trainer) = await this.StaffAsync(Roles.Trainer, facilityId);
        var (_, assessor) = await this.StaffAsync(Roles.Assessor, facilityId);
        var (_, otherTrainer) = await this.StaffAsync(Roles.Trainer, await this.FacilityAsync());
        var (learnerId, learner) = await this.LearnerAsync(officer, facilityId, code);
        var (_, otherLearner) = await this.LearnerAsync(officer, facilityId, code);

        var courseId = await DraftAsync(trainer);
        var draftCourseId = await DraftAsync(trainer);
        (await trainer.PostAsync($"/api/courses/{courseId}/publish", null)).EnsureSuccessStatusCode();
        var cohort = await officer.PostAsJsonAsync("/api/cohorts", new
        {
            courseId, facilityId, trainerId, startsOn = new DateOnly(2026, 12, 7), endsOn = new DateOnly(2026, 12, 14), capacity = 30,
            sessions = new[] { new DateOnly(2026, 12, 7) },
        });
        var cohortId = await IdAsync(cohort);
        var enrollmentId = await IdAsync(await officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId }));
        (await learner.PutAsJsonAsync("/api/me/graduate-profile", new
        {
            alias = "Anyaman " + code[2..], province = "Kalimantan Tengah", regency = "Kota Palangka Raya", availableFrom = "2027-01",
            workTypes = new[] { "HomeBased" }, statement = "Saya menganyam purun.", consent = true,
        })).EnsureSuccessStatusCode();

        var callers = new Dictionary<Caller, HttpClient>
        {
            [Caller.Anonymous] = Client(),
            [Caller.Learner] = learner,
            [Caller.OtherLearner] = otherLearner,
            [Caller.StaffOfHerFacility] = trainer,
            [Caller.StaffOfAnotherFacility] = otherTrainer,
            [Caller.VerifiedEmployer] = await EmployerAsync(verified: true),
            [Caller.UnverifiedEmployer] = await EmployerAsync(verified: false),
        };
        return new People(callers, trainer, assessor, learnerId, courseId, draftCourseId, enrollmentId);
    }

    private async Task<Files> CreateFilesAsync()
    {
        var people = await PeopleAsync();
        var picture = TestImages.PhonePhoto();
        var published = await IdAsync(await people.Trainer.PostAsync($"/api/courses/{people.CourseId}/images", Form(picture, "image")));
        (await people.Trainer.PutAsJsonAsync($"/api/courses/{people.CourseId}", Course($"![Tikar](/api/courses/images/{published})"))).EnsureSuccessStatusCode();
        (await people.Trainer.PostAsync($"/api/courses/{people.CourseId}/publish", null)).EnsureSuccessStatusCode();
        var draft = await IdAsync(await people.Trainer.PostAsync($"/api/courses/{people.DraftCourseId}/images", Form(picture, "image")));
        (await people.Trainer.PutAsJsonAsync($"/api/courses/{people.DraftCourseId}", Course($"![Tikar](/api/courses/images/{draft})"))).EnsureSuccessStatusCode();
        var evidence = await IdAsync(await people.Assessor.PostAsync($"/api/assessments/{people.EnrollmentId}/evidence", Form(picture, "photo")));
        var learner = people.Callers[Caller.Learner];
        var approved = await IdAsync(await learner.PostAsync("/api/me/graduate-profile/photos", Form(picture, "photo")));
        (await people.Trainer.PostAsync($"/api/portfolio-photos/{approved}/approve", null)).EnsureSuccessStatusCode();
        var waiting = await IdAsync(await learner.PostAsync("/api/me/graduate-profile/photos", Form(picture, "photo")));
        return new Files(published, draft, evidence, approved, waiting);
    }

    private static async Task<Guid> DraftAsync(HttpClient trainer) => await IdAsync(await trainer.PostAsJsonAsync("/api/courses", Course("Anyam 20 baris.")));

    private static object Course(string lesson) => new
    {
        title = "Anyaman Purun",
        summary = "Tikar dan tas purun",
        category = "Weaving",
        expectedHours = 20,
        minimumAttendancePercent = 75,
        certificateValidityMonths = 36,
        competencyUnits = new[] { new { code = "C.132000.022.01", title = "Menganyam dasar", performanceCriteria = new[] { "Anyaman rapat" } } },
        lessons = new[] { new { title = "Menganyam", body = lesson } },
    };

    private async Task<HttpClient> EmployerAsync(bool verified)
    {
        var username = "umkm-" + Guid.NewGuid().ToString("N")[..10];
        const string password = "Employer-Password-2026";
        var registered = await Client().PostAsJsonAsync("/api/employers/registrations", new
        {
            organizationName = "CV Anyaman Borneo", contactName = "Ibu Maria", email = $"{username}@umkm.example", phone = "+62 811 5200 123", username, password,
            nib = "9120001234567", address = "Jl. Tjilik Riwut Km 5, Palangka Raya",
        });
        registered.EnsureSuccessStatusCode();
        if (verified)
        {
            var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await (await AdminAsync()).PostAsync($"/api/employers/{id}/verify", null)).EnsureSuccessStatusCode();
        }

        return await SignedInAsync(username, password);
    }
}

/// <summary>The world's fixture lives in this assembly's collection so that the matrix and the metadata tests share it.</summary>
[CollectionDefinition(Name)]
public sealed class FileWorldCollection : ICollectionFixture<FileWorld>
{
    public const string Name = "files";
}
