using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.Modules.Crafts.MakerCredits;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>A maker is credited by an alias only with her consent, never by her name or number, and hidden at once when she withdraws.</summary>
public sealed class CreditingMakers(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task A_consenting_makers_alias_is_credited_on_her_batch_and_gone_at_once_after_she_withdraws()
    {
        var workshop = await Workshop.CreateAsync(app);
        var siti = await workshop.MakerAsync("Siti Rahmawati");
        var dewi = await workshop.MakerAsync("Dewi Lestari");
        var productId = await workshop.PublishedProductWithBrandAsync();
        var batchId = await workshop.BatchAsync(productId, 100_000, (siti.Id, 1), (dewi.Id, 1));

        (await siti.Client.PutAsJsonAsync("/api/me/maker-credit", new { alias = "Anyaman Senja", consent = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        var credited = await CreditsAsync(batchId);
        (await siti.Client.DeleteAsync("/api/me/maker-credit")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var afterWithdrawal = await CreditsAsync(batchId);

        credited.Should().Equal("Anyaman Senja");
        afterWithdrawal.Should().BeEmpty();
        (await siti.PremiAsync()).GetProperty("makerCredit").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task An_alias_without_consent_is_refused_and_nothing_is_credited()
    {
        var workshop = await Workshop.CreateAsync(app);
        var siti = await workshop.MakerAsync("Siti Rahmawati");
        var productId = await workshop.PublishedProductWithBrandAsync();
        var batchId = await workshop.BatchAsync(productId, 100_000, (siti.Id, 1));

        var refused = await siti.Client.PutAsJsonAsync("/api/me/maker-credit", new { alias = "Anyaman Senja", consent = false });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await CreditsAsync(batchId)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Rajutan Rahmawati")]
    [InlineData("siti99")]
    [InlineData("Anyaman Lapas")]
    public async Task An_alias_holding_her_name_or_a_custody_word_is_refused(string alias)
    {
        var workshop = await Workshop.CreateAsync(app);
        var siti = await workshop.MakerAsync("Siti Rahmawati");

        var refused = await siti.Client.PutAsJsonAsync("/api/me/maker-credit", new { alias, consent = true });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.CodeAsync(refused)).Should().Be("text.names-custody");
    }

    [Fact]
    public async Task An_alias_holding_her_learner_number_is_refused()
    {
        var workshop = await Workshop.CreateAsync(app);
        var siti = await workshop.MakerAsync("Siti Rahmawati");

        var refused = await siti.Client.PutAsJsonAsync("/api/me/maker-credit", new { alias = "Karya " + siti.Number, consent = true });

        (await Json.CodeAsync(refused)).Should().Be("text.names-custody");
    }

    private Task<IReadOnlyList<string>> CreditsAsync(Guid batchId) =>
        app.InScopeAsync(services => services.GetRequiredService<IMediator>().Send(new BatchCredits(batchId)));
}
