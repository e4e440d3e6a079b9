using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Idempotency;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Web;

/// <summary>Every endpoint that creates something takes an Idempotency-Key: a new one cannot be added without it.</summary>
public sealed class MarkingCreatingEndpoints(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public void Every_creating_endpoint_of_every_module_honours_an_idempotency_key()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        var creating = CreatingEndpoints.Find(endpoints).Select(e => e.RoutePattern.RawText).ToList();

        creating.Should().Contain(["/api/jobs", "/api/interests", "/api/learners", "/api/cohorts", "/api/me/graduate-profile/photos", "/api/learners/import"]);
        CreatingEndpoints.Unmarked(endpoints).Should().BeEmpty();
    }

    [Fact]
    public void A_creating_endpoint_without_the_marker_is_found_even_when_it_answers_from_a_helper()
    {
        var web = WebApplication.CreateSlimBuilder().Build();
        web.MapPost("/marked", () => TypedResults.Created("/marked/1", new { id = 1 })).CreatesResource();
        web.MapPost("/forgotten", () => TypedResults.Created("/forgotten/1", new { id = 1 }));
        web.MapPost("/forgotten-async", async () => await AnswerLaterAsync());
        web.MapPost("/registered", () => TypedResults.Accepted("/registered/1", new { id = 1 }));
        web.MapPost("/changes", () => TypedResults.Ok());

        var unmarked = CreatingEndpoints.Unmarked(((IEndpointRouteBuilder)web).DataSources.SelectMany(d => d.Endpoints));

        unmarked.Should().BeEquivalentTo("/forgotten", "/forgotten-async", "/registered");
    }

    private static async Task<IResult> AnswerLaterAsync()
    {
        await Task.Yield();
        return TypedResults.Created("/forgotten-async/1", new { id = 1 });
    }
}
