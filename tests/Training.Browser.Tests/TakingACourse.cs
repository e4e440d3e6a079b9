using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TakingACourse(BrowserHost host)
{
    private const string DemoPassword = "Bekal-Demo-2026";

    [Fact]
    public async Task A_trainer_publishes_an_officer_enrols_and_the_learner_marks_the_lesson_done()
    {
        var title = $"Menjahit Saku {Guid.NewGuid().ToString()[..6]}";
        var putri = await host.RegisterLearnerAsync("Putri Maharani");

        var trainer = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(trainer, "pelatih", DemoPassword);
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Pelatihan saya" }).ClickAsync();
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Susun pelatihan baru" }).ClickAsync();
        await trainer.GetByLabel("Judul", new() { Exact = true }).FillAsync(title);
        await trainer.GetByLabel("Ringkasan").FillAsync("Menjahit saku tempel pada tas kain.");
        await trainer.GetByLabel("Kategori").SelectOptionAsync(new SelectOptionValue { Label = "Menjahit" });
        await trainer.GetByLabel("Lama (jam)").FillAsync("6");
        await trainer.GetByLabel("Kode SKKNI (boleh kosong)").FillAsync("C.141000.001.01");
        await trainer.GetByLabel("Judul unit").FillAsync("Menjahit saku tempel");
        await trainer.GetByLabel("Kriteria unjuk kerja (satu per baris)").FillAsync("Saku lurus\nJahitan rapat");
        await trainer.GetByLabel("Judul materi").FillAsync("Memotong kain saku");
        await trainer.GetByLabel("Isi materi (Markdown)").FillAsync("Potong kain **10 x 12 cm**.");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Pratinjau" }).ClickAsync();
        await Expect(trainer.Locator(".preview strong")).ToHaveTextAsync("10 x 12 cm");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Expect(trainer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draf sudah disimpan.");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan draf" }).ClickAsync();
        await Expect(trainer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Versi 1 sudah terbit.");

        var officer = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(officer, "petugas", DemoPassword);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Angkatan", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Buka angkatan" }).ClickAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await officer.GetByLabel("Pelatihan", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = title });
        await officer.GetByLabel("Pelatih", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await officer.GetByLabel("Mulai").FillAsync(today.ToString("yyyy-MM-dd"));
        await officer.GetByLabel("Selesai").FillAsync(today.AddDays(14).ToString("yyyy-MM-dd"));
        await officer.GetByLabel("Tanggal pertemuan (satu per baris)").FillAsync($"{today:yyyy-MM-dd}\n{today.AddDays(7):yyyy-MM-dd}");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Buka angkatan" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Angkatan sudah dibuka.");
        await officer.GetByLabel("Putri Maharani").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Daftarkan yang dipilih" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 warga binaan didaftarkan.");

        var learner = await host.NewPageAsync();
        await Learners.SignInChoosingPinAsync(learner, putri);
        await learner.GetByRole(AriaRole.Link, new() { Name = "Belajar" }).ClickAsync();
        var course = learner.GetByRole(AriaRole.Region, new() { Name = title });
        await Expect(course).ToContainTextAsync("0 dari 1 materi selesai");
        await course.GetByRole(AriaRole.Link, new() { Name = "Mulai belajar" }).ClickAsync();
        await Expect(learner.GetByRole(AriaRole.Heading, new() { Name = "Memotong kain saku", Level = 1 })).ToBeVisibleAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Tandai selesai" }).ClickAsync();

        await Expect(learner.GetByRole(AriaRole.Status)).ToHaveTextAsync("Materi “Memotong kain saku” ditandai selesai.");
        await Expect(course).ToContainTextAsync("1 dari 1 materi selesai");
    }
}
