using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Training.BuildingBlocks.Files;

public static class FileRegistration
{
    /// <summary>Files in the store's database (<paramref name="connectionString"/>); add <see cref="FileTable"/> to the store with <see cref="AddFileTable"/>.</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, string connectionString) => services
        .AddSingleton(_ => new FileDatabase(NpgsqlDataSource.Create(connectionString)))
        .AddSingleton<IFileStore, PostgresFileStore>();

    public static void AddFileTable(this StoreOptions options) => options.Storage.ExtendedSchemaObjects.Add(FileTable.Table());
}
