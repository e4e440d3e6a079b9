using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Assessments.Results;

/// <summary>An assessor photographs the product from a tablet; the checklist then names the photo by its id.</summary>
internal static class EvidencePhotoEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapImageUpload("/assessments/evidence", "photo", id => $"/api/assessments/evidence/{id}")
            .RequireAuthorization(Policies.Assessor)
            .WithName("UploadEvidence")
            .WithTags("Assessments");

        // Photos of products, not of people; staff look at them when reviewing an assessment.
        api.MapImageDownload("/assessments/evidence/{id:guid}")
            .RequireAuthorization(Policies.FacilityStaff)
            .WithName("GetEvidencePhoto")
            .WithTags("Assessments");
    }
}
