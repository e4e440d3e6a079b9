using Microsoft.Extensions.Localization;

[assembly: ResourceLocation("Resources")]

namespace Training.Modules.Certificates;

/// <summary>Marker for the texts of the Certificates pages (Resources/CertificatesResource.*.resx).</summary>
internal sealed class CertificatesResource;
