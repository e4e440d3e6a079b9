namespace Training.Testing.Driving;

/// <summary>Names no other test of the class has used: tests of one class share a database.</summary>
public static class Unique
{
    /// <summary>Fits facility codes, usernames and learner numbers alike.</summary>
    public static string Name(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";
}
