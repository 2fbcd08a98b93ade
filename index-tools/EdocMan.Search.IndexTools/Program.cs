using EdocMan.Search.Api.Hosting;
using EdocMan.Search.Data;
using EdocMan.Search.Indexing;
using EdocMan.Search.IndexTools.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The same wiring as the server (options, data, index), without the web host.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddEdocManOptions().AddData().AddIndexing();
builder.Services.AddSingleton(TimeProvider.System);
using var host = builder.Build();

var command = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "help";
return command switch
{
    "stats" => await StatsCommand.RunAsync(host.Services),
    "verify" => await VerifyCommand.RunAsync(host.Services),
    "rebuild" => await RebuildCommand.RunAsync(host.Services, fresh: args.Contains("--fresh")),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("""
        edocman-index: maintenance of the EdocMan.Search index (stop the server first for rebuild).

          stats              counts of documents by status in the database, and of the index
          verify             checks that every Indexed document is in the index (exit 1 if not)
          rebuild [--fresh]  re-indexes every Indexed document from its stored page texts, in
                             batches, resuming where an interrupted rebuild stopped; --fresh starts over

        The data folder is $Storage__DataDirectory (default: ./data of the repository).
        """);
    return 2;
}
