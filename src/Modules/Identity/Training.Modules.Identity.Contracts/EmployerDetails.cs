using MediatR;

namespace Training.Modules.Identity.Contracts;

/// <summary>The organisation of the signed-in employer account; null for anyone who is not an employer's user.</summary>
public sealed record GetMyEmployer : IRequest<EmployerDetails?>;

/// <summary>
/// An employer's organisation and contact, for the facility officers who mediate its interest in a
/// graduate and for platform admins (and the employer's own user). Null for anyone else, or when unknown.
/// </summary>
public sealed record GetEmployerDetails(Guid EmployerId) : IRequest<EmployerDetails?>;

public sealed record EmployerDetails(Guid EmployerId, string OrganizationName, string ContactName, string Email, string Phone, EmployerVerification Status);
