using Microsoft.Extensions.Localization;

[assembly: ResourceLocation("Resources")]

namespace Training.Modules.Identity;

/// <summary>Marker for the texts of the Identity pages (Resources/IdentityResource.*.resx).</summary>
internal sealed class IdentityResource;
