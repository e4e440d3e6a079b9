using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Assessments.Web;

/// <summary>The assessor's way into the practical checklists and the trainer's into the plans of their courses; learners reach their test from their learning page.</summary>
internal sealed class AssessmentsNavigation(IStringLocalizer<AssessmentsResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() =>
    [
        new("/assessments/practical", text["Nav.Practical"], Policies.Assessor),
        new("/trainer/assessments", text["Nav.Trainer"], Policies.Trainer),
    ];
}
