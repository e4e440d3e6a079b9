using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Text;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.MakerCredits;

/// <summary>
/// A learner consents to be credited by an alias on the provenance pages of what she made, or changes it. The
/// alias is public: it may name neither her (a word of her name, her number) nor a facility nor custody.
/// </summary>
internal sealed record SetMakerCredit(string? Alias = null, bool? Consent = null) : ICommand<MakerCreditView>;

internal sealed record MakerCreditView(string Alias, DateTimeOffset ConsentedAt);

internal sealed class SetMakerCreditValidator : AbstractValidator<SetMakerCredit>
{
    public SetMakerCreditValidator()
    {
        RuleFor(x => x.Consent).Equal(true).WithErrorCode("maker-credit.consent").WithMessage("Crediting by an alias needs your consent.");
        RuleFor(x => x.Alias).NotEmpty().Length(3, 30).Matches(@"^[\p{L}\p{N}][\p{L}\p{N} ._-]*$")
            .WithMessage("An alias has 3 to 30 letters, digits, spaces, dots, dashes or underscores.");
    }
}

internal sealed class SetMakerCreditHandler(IDocumentSession session, IMediator mediator, PublicText publicText, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SetMakerCredit, MakerCreditView>
{
    public async Task<MakerCreditView> Handle(SetMakerCredit command, CancellationToken cancellationToken)
    {
        var learnerId = user.Id!.Value;
        var learner = await mediator.Send(new GetLearnerSummary(learnerId), cancellationToken) ?? throw new NotFound("learner", learnerId);
        var alias = command.Alias!.Trim();
        await publicText.EnsureFitAsync([alias], new TextOwner(learner.FullName, learner.LearnerNumber), cancellationToken);

        var id = MakerCredit.IdFor(learnerId);
        var stream = await session.Events.FetchForWriting<MakerCredit>(id, cancellationToken);
        var consented = new MakerCreditConsented(id, learnerId, alias, clock.GetUtcNow());
        stream.AppendOne(consented);
        return new MakerCreditView(alias, consented.At);
    }
}

internal static class SetMakerCreditEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/me/maker-credit", async (SetMakerCredit command, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(command, ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(SetMakerCredit))
            .WithTags("Crafts");
}
