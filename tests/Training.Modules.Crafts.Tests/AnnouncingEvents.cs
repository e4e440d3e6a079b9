using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>Officers announce bazaars and exhibitions; the public sees those still to come, soonest first, under the brand.</summary>
public sealed class AnnouncingEvents(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task The_public_list_shows_upcoming_events_soonest_first_under_the_brand_and_hides_past_and_cancelled_ones()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var today = Today();
        var word = CatalogueWorld.Word();
        var later = await AnnounceAsync(workshop, Event($"Pameran Kriya {word} B", today.AddDays(20), today.AddDays(22), productId));
        var soon = await AnnounceAsync(workshop, Event($"Bazar Ramadan {word} A", today.AddDays(3), today.AddDays(4)));
        var cancelled = await AnnounceAsync(workshop, Event($"Bazar Batal {word}", today.AddDays(5), today.AddDays(5)));
        (await workshop.Officer.PostAsJsonAsync($"/api/crafts/events/{cancelled}/cancel", new { reason = "Tempat tidak tersedia" })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        app.Clock.MoveAhead(TimeSpan.FromDays(10));
        var listed = await ListedAsync(word);
        var page = await app.Client().GetStringAsync("/katalog/acara");

        listed.Select(e => e.GetProperty("id").GetGuid()).Should().Equal(later);
        listed.Single().GetProperty("brand").GetProperty("name").GetString().Should().StartWith("Tangan ");
        listed.Single().GetProperty("products").EnumerateArray().Single().GetProperty("title").GetString().Should().Be("Tas Purun Anyaman");
        page.Should().Contain($"Pameran Kriya {word} B").And.NotContain($"Bazar Ramadan {word} A").And.NotContain($"Bazar Batal {word}")
            .And.NotContain(workshop.Name).And.NotContain("Kahayan");
        (await app.Client().GetStringAsync("/katalog")).Should().Contain("href=\"/katalog/acara\"");
        app.Clock.MoveAhead(TimeSpan.FromDays(-10));
        (await ListedAsync(word)).Select(e => e.GetProperty("id").GetGuid()).Should().Equal(soon, later);
    }

    [Fact]
    public async Task A_custody_word_or_the_facilitys_name_in_an_event_is_refused_and_nothing_is_stored()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var word = CatalogueWorld.Word();
        var today = Today();

        var custody = await workshop.Officer.PostAsJsonAsync("/api/crafts/events", Event($"Bazar {word}", today, today.AddDays(1), place: "Aula Lapas Kahayan"));
        var facility = await workshop.Officer.PostAsJsonAsync("/api/crafts/events", Event($"Bazar {word} {workshop.Name}", today, today.AddDays(1)));
        var past = await workshop.Officer.PostAsJsonAsync("/api/crafts/events", Event($"Bazar {word}", today.AddDays(-3), today.AddDays(-1)));
        var backwards = await workshop.Officer.PostAsJsonAsync("/api/crafts/events", Event($"Bazar {word}", today.AddDays(3), today.AddDays(1)));

        custody.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.CodeAsync(custody)).Should().Be("text.names-custody");
        facility.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.CodeAsync(past)).Should().Be("event.in-past");
        backwards.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ListedAsync(word)).Should().BeEmpty();
    }

    [Fact]
    public async Task Another_facilitys_officer_cannot_cancel_an_event_and_a_trainer_cannot_announce_one()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var word = CatalogueWorld.Word();
        var id = await AnnounceAsync(workshop, Event($"Pameran {word}", Today().AddDays(2), Today().AddDays(3)));
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");

        (await other.Officer.PostAsJsonAsync($"/api/crafts/events/{id}/cancel", new { })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await workshop.Trainer.PostAsJsonAsync("/api/crafts/events", Event($"Bazar {word}", Today(), Today()))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await other.Officer.PostAsJsonAsync("/api/crafts/events", new { title = $"Bazar {word}", place = "Aula", regency = "Kota Sampit", startsOn = Today(), endsOn = Today(), facilityId = workshop.Id }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ListedAsync(word)).Should().ContainSingle();
        (await workshop.Officer.PostAsync($"/api/crafts/events/{id}/cancel", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await workshop.Officer.PostAsync($"/api/crafts/events/{id}/cancel", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ListedAsync(word)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_officer_announces_and_cancels_an_event_on_the_events_page()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var word = CatalogueWorld.Word();
        var day = Today().AddDays(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var refused = await workshop.Officer.PostTillFormAsync("/crafts/events", "/crafts/events?handler=Announce",
            ("Input.Title", $"Bazar {word}"), ("Input.Place", "Halaman Lapas"), ("Input.Regency", "Kota Palangka Raya"), ("Input.StartsOn", day), ("Input.EndsOn", day));
        var announced = await workshop.Officer.PostTillFormAsync("/crafts/events", "/crafts/events?handler=Announce",
            ("Input.Title", $"Bazar {word}"), ("Input.Place", "Bundaran Besar"), ("Input.Regency", "Kota Palangka Raya"), ("Input.StartsOn", day), ("Input.EndsOn", day),
            ("Input.ProductIds", productId.ToString()));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.TillTextAsync()).Should().Contain("Teks ini dibaca publik");
        announced.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var listed = (await ListedAsync(word)).Should().ContainSingle().Subject;
        listed.GetProperty("products").EnumerateArray().Should().ContainSingle();
        var page = await workshop.Officer.GetStringAsync("/crafts/events");
        page.Should().Contain($"Bazar {word}").And.Contain("Batalkan acara");

        var id = listed.GetProperty("id").GetGuid();
        (await workshop.Officer.PostTillFormAsync("/crafts/events", $"/crafts/events?handler=Cancel&id={id}")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ListedAsync(word)).Should().BeEmpty();
        (await workshop.Officer.GetStringAsync("/crafts/events")).Should().Contain("dibatalkan");
    }

    private DateOnly Today() => DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    private static object Event(string title, DateOnly startsOn, DateOnly endsOn, Guid? productId = null, string place = "Bundaran Besar") => new
    {
        title, place, regency = "Kota Palangka Raya", startsOn, endsOn, description = "Anyaman purun dan rajutan, bisa dibeli di tempat.",
        productIds = productId is { } id ? new[] { id } : [],
    };

    private static async Task<Guid> AnnounceAsync(Workshop workshop, object announced)
    {
        var created = await workshop.Officer.PostAsJsonAsync("/api/crafts/events", announced);
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await Json.IdAsync(created);
    }

    private async Task<List<JsonElement>> ListedAsync(string word)
    {
        var list = await app.Client().GetFromJsonAsync<JsonElement>("/api/crafts/events");
        return [.. list.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("title").GetString()!.Contains(word, StringComparison.Ordinal))];
    }
}
