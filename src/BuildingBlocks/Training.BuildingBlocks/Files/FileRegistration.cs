using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Training.BuildingBlocks.Files;

public static class FileRegistration
{
    /// <summary>
    /// Files in the store's database (<paramref name="connectionString"/>), recently read ones kept in
    /// memory up to <paramref name="cacheMegabytes"/> (0: none); add <see cref="FileTable"/> to the store
    /// with <see cref="AddFileTable"/>.
    /// </summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, string connectionString, long cacheMegabytes)
    {
        services.AddSingleton(_ => new FileDatabase(NpgsqlDataSource.Create(connectionString)));
        services.AddSingleton<PostgresFileStore>();
        return cacheMegabytes > 0
            ? services.AddSingleton<IFileStore>(s => new CachedFileStore(s.GetRequiredService<PostgresFileStore>(), cacheMegabytes))
            : services.AddSingleton<IFileStore>(s => s.GetRequiredService<PostgresFileStore>());
    }

    public static void AddFileTable(this StoreOptions options) => options.Storage.ExtendedSchemaObjects.Add(FileTable.Table());
}
