using System.Linq.Expressions;
using Marten;
using Marten.Linq;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;

namespace Training.Modules.Certificates.Verification;

/// <summary>
/// Anyone with a code (typed, or from the QR) sees what the certificate vouches for and whether it
/// still does. Only the programme issues it: the facility is not part of the answer, and a revocation
/// shows its fixed reason, never the officer's note.
/// </summary>
internal sealed record VerifyCertificate(string Code) : IRequest<VerificationView>;

internal sealed record VerificationView(
    string Status,
    string Number,
    string VerificationCode,
    string HolderName,
    string CourseTitle,
    int CourseVersion,
    decimal Hours,
    IReadOnlyList<VerifiedUnit> Units,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string IssuerName,
    DateOnly? RevokedOn,
    RevocationReason? RevocationReason,
    Replacement? SupersededBy)
{
    public static VerificationView Of(Certificate c, DateOnly today)
    {
        var status = c.StatusOn(today);
        var revokedOn = (c.Revocation?.At ?? c.SupersededBy?.At) is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
        return new VerificationView(
            // A superseded certificate no longer vouches for anyone: verifiers see it as revoked, with its replacement.
            status == CertificateStatus.Superseded ? nameof(CertificateStatus.Revoked) : status.ToString(),
            c.Number, c.VerificationCode, c.HolderName, c.CourseTitle, c.CourseVersion, c.Hours,
            [.. c.Units.Select(u => new VerifiedUnit(u.Code, u.Title, u.Outcome))], c.IssuedOn, c.ValidUntil, c.IssuerName, revokedOn, c.PublicRevocationReason,
            c.SupersededBy is { } by ? new Replacement(by.Number, by.VerificationCode) : null);
    }
}

internal sealed record VerifiedUnit(string? Code, string Title, string Outcome);

internal sealed record Replacement(string Number, string VerificationCode);

internal sealed class VerifyCertificateHandler(IQuerySession session, TimeProvider clock) : IRequestHandler<VerifyCertificate, VerificationView>
{
    public async Task<VerificationView> Handle(VerifyCertificate query, CancellationToken cancellationToken)
    {
        var code = VerificationCode.Normalize(query.Code) ?? throw new NotFound("certificate", query.Code);
        var certificate = await session.QueryAsync(new CertificateByCode { Code = code }, cancellationToken) ?? throw new NotFound("certificate", code);
        return VerificationView.Of(certificate, CertificateCalendar.Today(clock));
    }
}

/// <summary>The lookup every verification makes, compiled once: public verification is the platform's busiest read.</summary>
internal sealed class CertificateByCode : ICompiledQuery<Certificate, Certificate?>
{
    public string Code { get; init; } = "";

    public Expression<Func<IMartenQueryable<Certificate>, Certificate?>> QueryIs() => q => q.FirstOrDefault(c => c.VerificationCode == Code);
}

internal static class VerifyCertificateEndpoint
{
    public const string RateLimit = "certificate-verify";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/certificates/verify/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyCertificate(code), ct)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimit)
            .WithName(nameof(VerifyCertificate))
            .WithTags("Certificates");
}
