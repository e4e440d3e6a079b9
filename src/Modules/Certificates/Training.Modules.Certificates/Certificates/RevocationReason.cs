namespace Training.Modules.Certificates.Certificates;

/// <summary>
/// Why a certificate no longer vouches for its holder, as anyone checking it is told: a fixed list with
/// neutral wording, so that nothing an officer types reaches the public. The officer's own words are a note for staff.
/// </summary>
internal enum RevocationReason
{
    IssuedInError,
    NameCorrected,
    AssessmentWithdrawn,
    HolderRequest,
    Other,
}
