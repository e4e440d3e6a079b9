using System.Net;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Pages;

public sealed class NamingIssuersOnThePage(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task The_admin_sees_every_facility_with_its_issuer_and_a_name_that_tells_where_is_refused_beside_its_form()
    {
        var site = await CertificateSite.CreateAsync(app);
        var admin = await app.AdminAsync();
        var action = $"/admin/issuers?id={site.FacilityId}";

        var list = await (await admin.GetAsync("/admin/issuers")).TextAsync();
        var refused = await admin.PostFormAsync("/admin/issuers", action, ("Name", "Program Lapas Kalimantan"));
        var tooShort = await admin.PostFormAsync("/admin/issuers", action, ("Name", "abc"));
        var named = await admin.PostFormAsync("/admin/issuers", action, ("Name", "Program Keterampilan Kalteng"));

        list.Should().Contain(site.Code).And.Contain("Program Pelatihan Keterampilan Bekal").And.Contain("Nama bawaan; belum diatur.");
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var shown = await refused.TextAsync();
        shown.Should().Contain("Teks ini dibaca publik dan pemberi kerja: jangan memuat nama atau kode fasilitas").And.Contain("value=\"Program Lapas Kalimantan\"");
        tooShort.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tooShort.TextAsync()).Should().Contain("Nama penerbit harus 5–150 karakter.");
        named.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await (await admin.GetAsync("/admin/issuers")).TextAsync()).Should().Contain("Penerbit disimpan: Program Keterampilan Kalteng.")
            .And.Contain("value=\"Program Keterampilan Kalteng\"");
    }

    [Fact]
    public async Task Only_platform_admins_reach_the_issuers()
    {
        var site = await CertificateSite.CreateAsync(app);

        var officer = await site.Officer.GetAsync("/admin/issuers");

        officer.StatusCode.Should().Be(HttpStatusCode.Redirect);
        officer.Headers.Location!.OriginalString.Should().Contain("/error/403");
    }
}
