using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Web;

namespace Training.Modules.Courses.Pages.Catalog;

/// <summary>One course as the reader may see it: anonymous visitors the outline, signed-in people its units and lessons.</summary>
[AllowAnonymous]
internal sealed class DetailModel(IMediator mediator, CourseErrorTexts errors) : CoursePageModel(mediator, errors)
{
    public CourseView Course { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(new GetCourse(id)) is not { } course)
        {
            return NotFound();
        }

        Course = course;
        return Page();
    }
}
