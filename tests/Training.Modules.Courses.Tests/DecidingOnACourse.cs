using FluentAssertions;
using Training.BuildingBlocks.Errors;
using Xunit;

namespace Training.Modules.Courses.Tests;

public sealed class DecidingOnACourse
{
    [Fact]
    public void Publishing_a_draft_without_lessons_is_refused() =>
        FluentActions.Invoking(() => ACourse.Drafted(ACourse.Content(lessons: 0)).Publish(ACourse.Trainer, ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("course.publish.no-lessons");

    [Fact]
    public void Publishing_a_draft_without_competency_units_is_refused() =>
        FluentActions.Invoking(() => ACourse.Drafted(ACourse.Content(units: 0)).Publish(ACourse.Trainer, ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("course.publish.no-units");

    [Fact]
    public void Publishing_a_draft_makes_version_one()
    {
        var draft = ACourse.Drafted();

        var published = draft.Publish(ACourse.Trainer, ACourse.Now);

        published.Version.Should().Be(1);
        published.Content.Should().Be(draft.Draft);
    }

    [Fact]
    public void Editing_a_published_course_starts_the_next_draft_and_leaves_the_published_version_untouched()
    {
        var course = ACourse.Drafted();
        course = course.Apply(course.Publish(ACourse.Trainer, ACourse.Now));
        var firstVersion = course.Published;

        course = course.Apply(course.Revise(ACourse.Content(lessons: 5), ACourse.Trainer, ACourse.Now));

        course.Published.Should().BeSameAs(firstVersion);
        course.PublishedVersion.Should().Be(1);
        course.HasUnpublishedDraft.Should().BeTrue();
        course.Apply(course.Publish(ACourse.Trainer, ACourse.Now)).PublishedVersion.Should().Be(2);
    }

    [Fact]
    public void Publishing_twice_without_changes_is_refused()
    {
        var course = ACourse.Drafted();
        course = course.Apply(course.Publish(ACourse.Trainer, ACourse.Now));

        FluentActions.Invoking(() => course.Publish(ACourse.Trainer, ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("course.publish.nothing-new");
    }

    [Fact]
    public void A_retired_course_can_be_neither_edited_nor_published()
    {
        var course = ACourse.Drafted();
        course = course.Apply(course.Retire(ACourse.Trainer, ACourse.Now));

        FluentActions.Invoking(() => course.Revise(ACourse.Content(), ACourse.Trainer, ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("course.retired");
        FluentActions.Invoking(() => course.Publish(ACourse.Trainer, ACourse.Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("course.retired");
    }
}
