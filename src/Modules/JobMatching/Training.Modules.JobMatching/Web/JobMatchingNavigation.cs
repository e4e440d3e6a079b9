using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.JobMatching.Web;

/// <summary>
/// Learners keep their graduate profile and answer interests; officers review interests; verified
/// employers search, post and follow their interests; trainers approve portfolio photos.
/// </summary>
internal sealed class JobMatchingNavigation(IStringLocalizer<JobMatchingResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() =>
    [
        new("/profile", text["Nav.Profile"], Policies.Learner),
        new("/profile/interests", text["Nav.LearnerInterests"], Policies.Learner),
        new("/interests/review", text["Nav.Review"], Policies.FacilityOfficer),
        new("/employer/graduates", text["Nav.Graduates"], Policies.VerifiedEmployer),
        new("/employer/postings", text["Nav.Postings"], Policies.VerifiedEmployer),
        new("/employer/interests", text["Nav.EmployerInterests"], Policies.VerifiedEmployer),
        new("/trainer/portfolio", text["Nav.Portfolio"], Policies.Trainer),
    ];
}
