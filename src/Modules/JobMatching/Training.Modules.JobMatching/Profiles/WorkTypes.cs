namespace Training.Modules.JobMatching.Profiles;

/// <summary>The kinds of work a graduate may prefer and a posting may offer.</summary>
internal enum WorkType
{
    Employment,
    Apprenticeship,
    HomeBased,
    SelfEmployment,
}

internal static class WorkTypes
{
    /// <summary>A work type by its exact name (any case); numbers are not names.</summary>
    public static WorkType? Find(string? text) =>
        text is null ? null : Enum.GetValues<WorkType>().Cast<WorkType?>().FirstOrDefault(w => string.Equals(w.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
