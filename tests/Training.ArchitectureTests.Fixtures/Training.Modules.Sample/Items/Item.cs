namespace Training.Modules.Sample.Items;

internal sealed record Item(Guid Id, string Name)
{
    public static Item Create(ItemRegistered registered) => new(registered.ItemId, registered.Name);

    public Item Apply(ItemRenamed renamed) => this with { Name = renamed.Name };
}

internal sealed record ItemRegistered(Guid ItemId, string Name);

internal sealed record ItemRenamed(Guid ItemId, string Name);
