using Microsoft.Extensions.Localization;

[assembly: ResourceLocation("Resources")]

namespace Training.Modules.Crafts;

/// <summary>Marker for the texts of the Crafts pages and refusals (Resources/CraftsResource.*.resx).</summary>
internal sealed class CraftsResource;
