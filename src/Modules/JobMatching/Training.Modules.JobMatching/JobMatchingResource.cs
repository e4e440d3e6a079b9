using Microsoft.Extensions.Localization;

[assembly: ResourceLocation("Resources")]

namespace Training.Modules.JobMatching;

/// <summary>Marker for the texts of the JobMatching pages and refusals (Resources/JobMatchingResource.*.resx).</summary>
internal sealed class JobMatchingResource;
