using System.Net;
using System.Net.Http.Json;
using System.Text;
using FluentAssertions;
using Marten;
using Training.Host.Tests.Probes.Producer;
using Xunit;

namespace Training.Host.Tests.Web;

public sealed class RefusingBadInput(KestrelBekalApp app) : IClassFixture<KestrelBekalApp>
{
    private static readonly HttpStatusCode[] Refusals =
    [
        HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed,
        HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType,
    ];

    [Fact]
    public async Task Two_hundred_and_forty_bad_requests_get_problem_details_and_change_nothing()
    {
        var client = app.CreateClient();
        var before = await CountStoredAsync();
        var answers = new List<(BadInput Input, HttpStatusCode Status, string? ContentType)>();
        foreach (var input in BadInputGenerator.Generate(seed: 20261127, count: 240))
        {
            using var response = await client.SendAsync(input.ToRequest());
            answers.Add((input, response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        }

        answers.Should().OnlyContain(a => Refusals.Contains(a.Status), "bad input is refused, never a 500 or a success");
        answers.Should().OnlyContain(a => a.ContentType == "application/problem+json", "every refusal is problem details");
        answers.Where(a => a.Input.Kind == "oversized body").Should().OnlyContain(a => a.Status == HttpStatusCode.RequestEntityTooLarge);
        answers.Where(a => a.Input.Kind == "wrong content type").Should().OnlyContain(a => a.Status == HttpStatusCode.UnsupportedMediaType);
        answers.Where(a => a.Input.Kind is "malformed JSON" or "missing field" or "wrong type" or "unknown enum value" or "invalid value")
            .Should().OnlyContain(a => a.Status == HttpStatusCode.BadRequest);
        (await CountStoredAsync()).Should().Be(before, "a refused request stores nothing");
    }

    [Fact]
    public async Task Invalid_fields_are_named_in_the_problem()
    {
        var response = await app.CreateClient().PostAsync("/api/probe-notes",
            new StringContent("{\"title\":\"\",\"count\":5000,\"kind\":\"Plain\"}", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        problem!.Errors.Keys.Should().BeEquivalentTo("title", "count");
    }

    [Fact]
    public async Task A_valid_request_is_stored_and_can_be_read_back()
    {
        var client = app.CreateClient();
        var created = await client.PostAsync("/api/probe-notes", new StringContent(BadInputGenerator.Valid(), Encoding.UTF8, "application/json"));
        created.StatusCode.Should().Be(HttpStatusCode.Created);

        var read = await client.GetAsync(created.Headers.Location);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        (await read.Content.ReadAsStringAsync()).Should().Contain("Rajutan tas");
    }

    private async Task<(int Notes, int Events)> CountStoredAsync()
    {
        await using var session = app.Store.QuerySession();
        return (await session.Query<ProbeNote>().CountAsync(), await session.Events.QueryAllRawEvents().CountAsync());
    }

    private sealed record ValidationProblem(int Status, Dictionary<string, string[]> Errors);
}
