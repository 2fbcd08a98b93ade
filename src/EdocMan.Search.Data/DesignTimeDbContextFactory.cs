using EdocMan.Search.Core.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EdocMan.Search.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EdocManDbContext>
{
    public EdocManDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EdocManDbContext>()
            .UseSqlite(DataServiceCollectionExtensions.ConnectionString(
                new StorageOptions { DataDirectory = Path.Combine(Path.GetTempPath(), "edocman-design") }))
            .Options);
}
