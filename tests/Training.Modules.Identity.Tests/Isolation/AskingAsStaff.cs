using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;
using Training.Testing.Driving;

namespace Training.Modules.Identity.Tests.Isolation;

/// <summary>Sends the Identity Contracts' learner queries the way another module would, inside a request of a staff member.</summary>
public static class AskingAsStaff
{
    public static async Task<(LearnerSummary? Summary, bool MayAct)> AskAsStaffAsync(this IdentityApp app, Training.Testing.Driving.StaffMember staff, Guid facilityId, Guid learnerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [
                    new Claim(BekalClaims.UserId, staff.Id.ToString()),
                    new Claim(BekalClaims.Role, staff.Role),
                    new Claim(BekalClaims.FacilityId, facilityId.ToString()),
                ],
                authenticationType: "test",
                BekalClaims.Name,
                BekalClaims.Role)),
        };
        try
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            return (await mediator.Send(new GetLearnerSummary(learnerId)), await mediator.Send(new MayActOnLearner(learnerId)));
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
