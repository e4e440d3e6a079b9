namespace Training.Modules.Identity.Learners;

/// <summary>What staff and the learner see of a learner account (never the PIN hash); <see cref="Locked"/> after too many wrong PINs.</summary>
internal sealed record LearnerView(Guid Id, Guid FacilityId, string LearnerNumber, string FullName, string Status, DateTimeOffset? ReleasedAt, bool Locked)
{
    public static LearnerView Of(Learner l, DateTimeOffset now) =>
        new(l.Id, l.FacilityId, l.LearnerNumber, l.FullName, l.Status.ToString(), l.ReleasedAt, l.Lockout.IsLocked(now));
}
