using Training.Modules.Courses.Cohorts;

namespace Training.Modules.Courses.Tests;

internal static class ACohort
{
    public static readonly Guid Facility = Guid.NewGuid();
    public static readonly DateOnly Monday = new(2026, 12, 7);

    public static Cohort Opened(int capacity = 2) => Cohort.Create(new CohortOpened(
        Guid.NewGuid(), Guid.NewGuid(), 1, Facility, Guid.NewGuid(), Monday, Monday.AddDays(14), capacity,
        [Monday, Monday.AddDays(7), Monday.AddDays(14)], Guid.NewGuid(), ACourse.Now));

    public static Cohort WithLearners(this Cohort cohort, params Guid[] learners) =>
        learners.Aggregate(cohort, (c, learner) => c.Apply(c.Enroll(learner, Facility, Guid.NewGuid(), ACourse.Now)));
}
