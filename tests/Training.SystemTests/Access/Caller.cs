namespace Training.SystemTests.Access;

/// <summary>Who calls, in the order of the access matrix's columns. Facility staff and the learner belong to facility A.</summary>
public enum Caller
{
    Anonymous,
    PlatformAdmin,
    FacilityOfficer,
    Trainer,
    Assessor,
    Learner,
    PendingEmployer,
    VerifiedEmployer,

    /// <summary>An officer of facility B: the role with the most rights over learners, at the wrong facility.</summary>
    OtherFacilityOfficer,
}

/// <summary>What a caller meets at an endpoint; a cell of the access matrix.</summary>
public enum Access
{
    /// <summary><c>ok</c>: authorization let the call through to the endpoint.</summary>
    Allowed,

    /// <summary><c>401</c>: sign in first (pages: a redirect to the sign-in page).</summary>
    SignInRequired,

    /// <summary><c>403</c>: the caller's role may not (pages: a redirect to the access-denied page).</summary>
    Forbidden,

    /// <summary><c>404</c>: the record belongs to a facility the caller may not see, answered as if it did not exist.</summary>
    Hidden,
}
