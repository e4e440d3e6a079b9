namespace Training.Modules.JobMatching.Web;

/// <summary>
/// What an employer reads instead of the ranking's raw score (1000 × skill coverage in percent + 100 × availability
/// band + 10 × region + recency, see RankingStatement): every skill asked for and available in time is a strong
/// match, every skill a good one, fewer a partial one.
/// </summary>
internal static class MatchLabel
{
    public static string KeyOf(int score) => score switch
    {
        >= 100_200 => "Match.Strong",
        >= 100_000 => "Match.Good",
        _ => "Match.Partial",
    };
}
