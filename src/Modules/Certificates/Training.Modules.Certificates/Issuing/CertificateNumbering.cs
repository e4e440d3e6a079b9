using Marten;

namespace Training.Modules.Certificates.Issuing;

/// <summary>
/// The last number given in a year. It is saved with the certificate that takes the next number,
/// under optimistic concurrency: two issuers racing for one number make one of them start over,
/// so numbers have no gaps (a rolled-back issue returns its number) and no duplicates.
/// </summary>
internal sealed record CertificateNumbering(string Id, int Last)
{
    public static string IdFor(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<string> TakeNextAsync(IDocumentSession session, int year, CancellationToken cancellationToken)
    {
        var current = await session.LoadAsync<CertificateNumbering>(IdFor(year), cancellationToken) ?? new CertificateNumbering(IdFor(year), 0);
        var next = current with { Last = current.Last + 1 };
        session.Store(next);
        return FormattableString.Invariant($"BKL-{year}-{next.Last:D6}");
    }
}
