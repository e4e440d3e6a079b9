using Training.BuildingBlocks.Errors;

namespace Training.BuildingBlocks.Text;

/// <summary>
/// The names and codes of every facility the platform knows. Identity owns facilities and answers;
/// the seam lives here so that the one public-text rule can be applied by any module.
/// </summary>
public interface IFacilityNames
{
    Task<IReadOnlyList<string>> NamesAndCodesAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Applies <see cref="CustodyWords"/> to texts a handler is about to make public (course and unit titles,
/// issuer names, graduate aliases and statements, product titles, brand stories, ...).
/// A text that names a facility, custody or its owner is refused with <see cref="Refusal"/>.
/// </summary>
public sealed class PublicText(IFacilityNames facilities)
{
    public const string Refusal = "text.names-custody";

    public async Task<bool> FitsAsync(IEnumerable<string?> texts, TextOwner? owner, CancellationToken cancellationToken)
    {
        var present = texts.OfType<string>().Where(t => t.Length > 0).ToList();
        if (present.Count == 0)
        {
            return true;
        }

        var terms = await facilities.NamesAndCodesAsync(cancellationToken);
        return !present.Any(t => CustodyWords.AppearIn(t, terms, owner));
    }

    /// <summary>Refuses (400, <see cref="Refusal"/>) when any of the texts names a facility, custody or the owner.</summary>
    public async Task EnsureFitAsync(IEnumerable<string?> texts, TextOwner? owner, CancellationToken cancellationToken)
    {
        if (!await FitsAsync(texts, owner, cancellationToken))
        {
            throw new RuleBroken(Refusal);
        }
    }
}
