using Microsoft.Extensions.Localization;

[assembly: ResourceLocation("Resources")]

namespace Training.Modules.Courses;

/// <summary>Marker for the texts of the Courses pages (Resources/CoursesResource.*.resx).</summary>
internal sealed class CoursesResource;
