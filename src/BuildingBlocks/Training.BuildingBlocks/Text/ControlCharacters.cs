using FluentValidation;

namespace Training.BuildingBlocks.Text;

/// <summary>
/// The one rule for text from outside: no control characters but tab, line feed and carriage
/// return, and no half of a surrogate pair. PostgreSQL refuses NUL outright; the others only hide
/// or garble what a person later reads.
/// </summary>
public static class ControlCharacters
{
    public const string Code = "text.control-characters";

    public const string Message = "Text may not hold control characters.";

    public static bool Found(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same rule for text that reaches a handler without passing the host's request checks (an uploaded file's rows).</summary>
    public static IRuleBuilderOptions<T, string> HoldsNoControlCharacters<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(text => !Found(text)).WithErrorCode(Code).WithMessage(Message);
}
