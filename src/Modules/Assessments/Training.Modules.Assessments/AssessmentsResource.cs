using Microsoft.Extensions.Localization;

[assembly: ResourceLocation("Resources")]

namespace Training.Modules.Assessments;

/// <summary>Marker for the texts of the Assessments pages (Resources/AssessmentsResource.*.resx).</summary>
internal sealed class AssessmentsResource;
