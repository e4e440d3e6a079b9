using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;

namespace Training.Modules.Courses.Tests;

/// <summary>Courses in a given state, built from their events.</summary>
internal static class ACourse
{
    public static readonly Guid Trainer = Guid.NewGuid();
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public static CourseContent Content(int lessons = 2, int units = 1) => new(
        "Merajut Tas", "Dasar merajut tas dari benang katun", SkillCategory.Knitting, 40, 75, 36,
        [.. Enumerable.Range(1, units).Select(i => new CompetencyUnit(Guid.NewGuid(), $"C.131000.00{i}.01", $"Unit {i}", ["Tusukan rapi", "Ukuran sesuai pola"]))],
        [.. Enumerable.Range(1, lessons).Select(i => new Lesson(Guid.NewGuid(), $"Pelajaran {i}", "Isi pelajaran"))]);

    public static Course Drafted(CourseContent? content = null)
    {
        var id = Guid.NewGuid();
        return Course.Create(new CourseDrafted(id, Trainer, content ?? Content(), Now));
    }

    public static Course Published() => Drafted().Apply(Drafted().Publish(Trainer, Now));
}
