using Microsoft.Extensions.DependencyInjection;

namespace Training.BuildingBlocks.Files;

public static class FileRegistration
{
    public static IServiceCollection AddFileStore(this IServiceCollection services) => services.AddSingleton<IFileStore, LocalDiskFileStore>();
}
