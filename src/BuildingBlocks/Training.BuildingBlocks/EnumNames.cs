namespace Training.BuildingBlocks;

/// <summary>Members of an enum by their exact name, in any case: numbers are not names.</summary>
public static class EnumNames
{
    public static T? Find<T>(string? text)
        where T : struct, Enum =>
        text is null ? null : Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(v.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
