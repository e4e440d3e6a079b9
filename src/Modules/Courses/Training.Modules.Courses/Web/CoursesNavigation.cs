using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Courses.Web;

/// <summary>The Courses pages in the shell's navigation, each behind the policy its page requires.</summary>
internal sealed class CoursesNavigation(IStringLocalizer<CoursesResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() =>
    [
        new("/learning", text["Nav.Learning"], Policies.Learner),
        new("/courses", text["Nav.Catalog"], null),
        new("/trainer/courses", text["Nav.TrainerCourses"], Policies.Trainer),
        new("/trainer/cohorts", text["Nav.TrainerCohorts"], Policies.Trainer),
        new("/cohorts", text["Nav.Cohorts"], Policies.FacilityOfficer),
    ];
}
