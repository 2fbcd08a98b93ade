using EdocMan.Search.Api.Hosting;
using EdocMan.Search.Data;
using EdocMan.Search.Indexing;
using EdocMan.Search.IndexTools.Commands;
using EdocMan.Search.IndexTools.Eval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// eval needs no data folder: it indexes the corpus it is given in temporary indexes.
if (args.FirstOrDefault() == "eval")
{
    return EvalCommand.Run(args, Console.Out, Console.Error);
}

// extract needs no data folder either: it runs the extraction on one file and stores nothing.
if (args.FirstOrDefault() == "extract")
{
    return await ExtractCommand.RunAsync(args, Console.Out, Console.Error);
}

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

          eval --corpus FILE --queries FILE [--queries FILE ...] [--strip-diacritics] [--json]
                             search quality on an ALQAC-format corpus and judged queries: R@1, R@10,
                             MRR@10 and nDCG@10 of edocman, lucene-standard and sqlite-fts5

          extract FILE [--json]
                             runs the extraction on one file without storing it: per page the method
                             (text-layer, ocr), OCR confidence and normalised text, then the proposed
                             metadata; --json prints one object per page, then {"metadata": ...}

        The data folder is $Storage__DataDirectory (default: ./data of the repository).
        """);
    return 2;
}
