using FluentValidation;
using Marten;
using MediatR;
using Training.Modules.Crafts.Batches;

namespace Training.Modules.Crafts.MakerCredits;

/// <summary>
/// For the public provenance page: the aliases of the batch's makers who consent to be credited, in alphabetical
/// order; empty when none does (the page then credits the brand's artisans together). Never a name or number.
/// </summary>
internal sealed record BatchCredits(Guid BatchId) : IRequest<IReadOnlyList<string>>;

internal sealed class BatchCreditsValidator : AbstractValidator<BatchCredits>
{
    public BatchCreditsValidator() => RuleFor(x => x.BatchId).NotEmpty();
}

internal sealed class BatchCreditsHandler(IQuerySession session) : IRequestHandler<BatchCredits, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(BatchCredits query, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<Batch>(query.BatchId, cancellationToken) is not { } batch)
        {
            return [];
        }

        var credits = await session.LoadManyAsync<MakerCredit>(cancellationToken, batch.Makers.Select(m => MakerCredit.IdFor(m.LearnerId)).Distinct());
        return [.. credits.Select(c => c.Alias).OfType<string>().Order(StringComparer.OrdinalIgnoreCase)];
    }
}
