namespace Training.BuildingBlocks.Modules;

public static class ModuleSchema
{
    /// <summary>The database schema that holds a module's documents.</summary>
    public static string For(IModule module) => module.Name.ToLowerInvariant();
}
