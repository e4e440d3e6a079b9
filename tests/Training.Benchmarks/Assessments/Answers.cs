using System.Text.Json;

namespace Training.Benchmarks.Assessments;

/// <summary>The answers of a learner who knows the material: the right option of each question starts with <see cref="Right"/>.</summary>
internal static class Answers
{
    public const string Right = "Benar ";

    public static object For(JsonElement attempt) => new
    {
        answers = attempt.GetProperty("questions").EnumerateArray().Select(q => new
        {
            questionId = q.GetProperty("id").GetGuid(),
            selected = new[] { q.GetProperty("options").EnumerateArray().Select(o => o.GetString()!).ToList().FindIndex(o => o.StartsWith(Right, StringComparison.Ordinal)) },
        }).ToArray(),
    };
}
