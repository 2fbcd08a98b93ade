using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.IndexTools.Commands;

internal static class VerifyCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var index = services.GetRequiredService<ISearchIndex>();
        var missing = 0;
        var total = 0;
        await foreach (var id in db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Indexed).Select(d => d.Id).AsAsyncEnumerable())
        {
            total++;
            if (!index.Contains(id))
            {
                missing++;
                Console.WriteLine($"missing from index: {id}");
            }
        }
        var extra = index.GetStats().DocumentCount - (total - missing);
        Console.WriteLine($"{total} indexed in the database, {missing} missing from the index, {Math.Max(0, extra)} index entries without an Indexed document");
        return missing == 0 && extra <= 0 ? 0 : 1;
    }
}
