using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Options;
using EdocMan.Search.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the SQLite database and the store of originals, both placed by <see cref="StorageOptions"/>.</summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        services.AddDbContext<EdocManDbContext>((sp, options) =>
            options.UseSqlite(ConnectionString(sp.GetRequiredService<IOptions<StorageOptions>>().Value)));
        services.TryAddSingleton<IDocumentStore>(sp =>
            new FileSystemDocumentStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveOriginalsPath()));
        services.TryAddSingleton<DatabaseInitializer>();
        return services;
    }

    public static string ConnectionString(StorageOptions storage)
    {
        var path = storage.ResolveDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteConnectionStringBuilder
        {
            DataSource = path,
            // Writers queue behind each other instead of failing at once with SQLITE_BUSY.
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }
}
