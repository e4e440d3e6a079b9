namespace Training.Modules.Identity.Employers;

/// <summary>
/// What an admin checks before verifying an organisation: its NIB (Nomor Induk Berusaha, 13 digits, from
/// OSS), its NPWP (tax number, 15 digits, or 16 since the NIK-based numbers) when it has one, and its address.
/// Numbers are kept as digits only, however they were typed (dots, dashes and spaces as printed on the cards).
/// </summary>
internal sealed record LegalIdentity(string Nib, string? Npwp, string Address)
{
    public static LegalIdentity? Of(string? nib, string? npwp, string? address) =>
        nib is null || address is null ? null : new(Digits(nib), string.IsNullOrWhiteSpace(npwp) ? null : Digits(npwp), address.Trim());

    public static string Digits(string number) => new([.. number.Where(c => c is not (' ' or '.' or '-'))]);

    public static bool IsNib(string? number) => number is not null && Digits(number) is { Length: 13 } digits && digits.All(char.IsAsciiDigit);

    public static bool IsNpwp(string? number) =>
        string.IsNullOrWhiteSpace(number) || (Digits(number) is { Length: 15 or 16 } digits && digits.All(char.IsAsciiDigit));
}
