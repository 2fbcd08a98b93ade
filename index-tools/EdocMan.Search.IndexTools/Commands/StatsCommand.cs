using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.IndexTools.Commands;

internal static class StatsCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var byStatus = await db.Documents.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var stats = services.GetRequiredService<ISearchIndex>().GetStats();
        Console.WriteLine($"database: {db.Database.GetConnectionString()}");
        foreach (var row in byStatus.OrderBy(r => r.Key))
        {
            Console.WriteLine($"  {row.Key,-10} {row.Count,8}");
        }
        Console.WriteLine($"index: {stats.Location}");
        Console.WriteLine($"  documents  {stats.DocumentCount,8}");
        Console.WriteLine($"  schema     {stats.SchemaVersion,8}");
        Console.WriteLine($"  segments   {stats.Segments,8}");
        Console.WriteLine($"  replaced   {stats.DeletedEntries,8}  (entries of replaced or removed documents, until a merge drops them)");
        return 0;
    }
}
