using FluentValidation;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Rogue.Web;

/// <summary>Breaks the rule on purpose: refusal texts not named after the module.</summary>
internal sealed class ErrorTexts : IRefusalTexts
{
    public IEnumerable<FieldRefusal> Invalid(string form, ValidationException refusal) => [];

    public string Rule(string code) => code;

    public string NotFound(string what) => what;

    public string Conflict() => "conflict";
}
