namespace Training.Modules.JobMatching.Profiles;

/// <summary>The kinds of work a graduate may prefer and a posting may offer.</summary>
internal enum WorkType
{
    Employment,
    Apprenticeship,
    HomeBased,
    SelfEmployment,
}
