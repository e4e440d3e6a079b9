using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SigningIn(BrowserHost host)
{
    [Fact]
    public async Task A_learner_signs_in_with_the_pin_pad_and_lands_on_her_home_and_her_account_names_her_facility()
    {
        var ani = await host.RegisterLearnerAsync("Ani Susanti");
        await host.SignedInAsync(ani);
        var page = await host.NewPageAsync();

        await SignInPage.AsLearnerAsync(page, Learners.Facility, ani.Number, Learners.OwnPin);

        await Expect(page).ToHaveURLAsync(new Uri(host.Address, "/").ToString());
        await Expect(page.GetByTestId("account-name")).ToHaveTextAsync("Ani Susanti");
        await page.GotoAsync("/account");
        await Expect(page.GetByText("LPP Palangka Raya (LPP-PKY)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_pin_is_refused_with_a_message_and_the_pad_is_empty_again()
    {
        var fitri = await host.RegisterLearnerAsync("Fitri Handayani");
        var page = await host.NewPageAsync();

        var response = await page.RunAndWaitForResponseAsync(
            () => SignInPage.AsLearnerAsync(page, Learners.Facility, fitri.Number, "111222"),
            r => r.Request.Method == "POST");

        response.Status.Should().Be(401);
        var learners = page.GetByRole(AriaRole.Region, new() { Name = "Warga binaan" });
        await Expect(learners.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kode fasilitas, nomor warga binaan atau PIN salah. Periksa lalu coba lagi.");
        await Expect(learners.Locator(".pin-dots span.filled")).ToHaveCountAsync(0);
        await Expect(learners.GetByLabel("Nomor warga binaan")).ToHaveValueAsync(fitri.Number);
    }

    [Fact]
    public async Task Without_script_the_pin_is_typed_into_a_plain_field()
    {
        var lina = await host.RegisterLearnerAsync("Lina Kurniasih");
        await host.SignedInAsync(lina);
        var page = await host.NewPageAsync(javaScript: false);
        await page.GotoAsync("/signin");
        var learners = page.GetByRole(AriaRole.Region, new() { Name = "Warga binaan" });

        await Expect(learners.GetByRole(AriaRole.Button, new() { Name = "5", Exact = true })).ToBeHiddenAsync();
        await learners.GetByLabel("Kode fasilitas").FillAsync("lpp-pky");
        await learners.GetByLabel("Nomor warga binaan").FillAsync(lina.Number);
        await learners.GetByLabel("PIN").FillAsync(Learners.OwnPin);
        await learners.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();

        await Expect(page.GetByTestId("account-name")).ToHaveTextAsync("Lina Kurniasih");
    }

    [Fact]
    public async Task The_language_switch_turns_the_sign_in_page_english()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/signin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Masuk", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Learners" }).GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }
}
