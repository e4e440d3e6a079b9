using FluentAssertions;
using Training.BuildingBlocks.Text;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Pages;

/// <summary>None of what people read on certificate pages hints where a holder trained (the system tests hold every text in both languages).</summary>
public sealed class TheTexts
{
    private static readonly ModuleSource Module = new("Certificates");

    [Theory]
    [InlineData("CertificatesResource.resx")]
    [InlineData("CertificatesResource.en.resx")]
    public void No_text_names_a_place_of_custody(string file) =>
        Module.Texts(file).Where(t => CustodyWords.AppearIn(t.Value)).Select(t => t.Key).Should().BeEmpty();
}
