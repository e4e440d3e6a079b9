namespace Training.Modules.Identity.Learners;

/// <summary>What staff and the learner see of a learner account (never the PIN hash).</summary>
internal sealed record LearnerView(Guid Id, Guid FacilityId, string LearnerNumber, string FullName, string Status, DateTimeOffset? ReleasedAt)
{
    public static LearnerView Of(Learner l) => new(l.Id, l.FacilityId, l.LearnerNumber, l.FullName, l.Status.ToString(), l.ReleasedAt);
}
