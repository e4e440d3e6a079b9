using FluentValidation;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Sample.Web;

/// <summary>The module's refusal texts, named after the module and kept in Web.</summary>
internal sealed class SampleErrorTexts : IRefusalTexts
{
    public IEnumerable<FieldRefusal> Invalid(string form, ValidationException refusal) => [new(null, "Check the form.")];

    public string Rule(string code) => code;

    public string NotFound(string what) => $"No such {what}.";

    public string Conflict() => "Someone else changed it.";
}
