namespace Training.Modules.Rogue;

/// <summary>Breaks the rules on purpose: Marten would skip the private Apply, and ItemRegistered
/// takes the name of the Sample module's event.</summary>
internal sealed record Gadget(Guid Id, string Name)
{
    public static Gadget Create(ItemRegistered registered) => new(registered.ItemId, registered.Name);

    private Gadget Apply(GadgetRenamed renamed) => this with { Name = renamed.Name };
}

internal sealed record ItemRegistered(Guid ItemId, string Name);

internal sealed record GadgetRenamed(Guid GadgetId, string Name);
