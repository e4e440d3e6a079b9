using FluentValidation;

namespace Training.Modules.Identity.Accounts;

internal static class SecretRules
{
    public const int MinPasswordLength = 10;

    /// <summary>Six digits, and not one that a neighbour would guess first.</summary>
    public static IRuleBuilderOptions<T, string> MustBeAPin<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Matches("^[0-9]{6}$").WithErrorCode("pin.format").WithMessage("The PIN must be exactly 6 digits.")
            .Must(pin => pin is not { Length: 6 } || !IsObvious(pin)).WithErrorCode("pin.obvious").WithMessage("Choose a PIN that is not all one digit or a simple sequence.");

    public static IRuleBuilderOptions<T, string> MustBeAPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MinimumLength(MinPasswordLength).MaximumLength(200);

    public static IRuleBuilderOptions<T, string> MustBeAUsername<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Length(3, 64).Matches("^[A-Za-z0-9._-]+$").WithMessage("Use 3 to 64 letters, digits, dots, dashes or underscores.");

    public static string Normalize(string username) => username.Trim().ToLowerInvariant();

    private static bool IsObvious(string pin) =>
        pin.Distinct().Count() == 1 || "0123456789012".Contains(pin, StringComparison.Ordinal) || "9876543210987".Contains(pin, StringComparison.Ordinal);
}
