using EdocMan.Search.Api.Hosting;
using EdocMan.Search.Data;
using EdocMan.Search.Indexing;
using EdocMan.Search.IndexTools.Backup;
using EdocMan.Search.IndexTools.Bench;
using EdocMan.Search.IndexTools.Commands;
using EdocMan.Search.IndexTools.Eval;
using EdocMan.Search.IndexTools.Generate;
using EdocMan.Search.IndexTools.OcrBench;
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

// bench-search makes its own data folder (a temporary one unless --data is given) and host.
if (args.FirstOrDefault() == "bench-search")
{
    return await BenchSearchCommand.RunAsync(args, Console.Out);
}

// bench-pages makes its own temporary data folder with the demo data, and its own server.
if (args.FirstOrDefault() == "bench-pages")
{
    return await BenchPagesCommand.RunAsync(args, Console.Out);
}

// load-test makes its own temporary data folder (unless --data is given) and runs the server in-process.
if (args.FirstOrDefault() == "load-test")
{
    return await EdocMan.Search.IndexTools.Load.LoadTestCommand.RunAsync(args, Console.Out);
}

// bench-ocr needs no data folder: it renders its own pages and indexes into a temporary folder.
if (args.FirstOrDefault() == "bench-ocr")
{
    return await BenchOcrCommand.RunAsync(args, Console.Out, Console.Error);
}

// The same wiring as the server (options, data, index), without the web host.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// The tools write in bulk and commit themselves; those that search refresh first (IndexTimings.Bulk).
builder.Services.AddEdocManOptions().AddData().AddIndexing(IndexTimings.Bulk);
builder.Services.AddSingleton(TimeProvider.System);
ImportCommand.AddServices(builder.Services);
using var host = builder.Build();

var command = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "help";
return command switch
{
    "stats" => await StatsCommand.RunAsync(host.Services),
    "verify" => await VerifyCommand.RunAsync(host.Services, Console.Out),
    "backup" => await BackupCommand.RunAsync(host.Services, args, Console.Out, Console.Error),
    "restore" => await RestoreCommand.RunAsync(host.Services, args, Console.Out, Console.Error),
    "rebuild" => await RebuildCommand.RunAsync(host.Services, fresh: args.Contains("--fresh")),
    "compact" => await CompactCommand.RunAsync(host.Services, args, Console.Out),
    "import" => await ImportCommand.RunAsync(host.Services, args, Console.Out, Console.Error, CancellationToken.None),
    "generate" => await GenerateCommand.RunAsync(host.Services, args, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("""
        edocman-index: maintenance of the EdocMan.Search index (stop the server first for rebuild).

          stats              counts of documents by status in the database, and of the index
          verify             checks every original's SHA-256 and that the index holds exactly the
                             Indexed documents, each once (exit 1 if not; safe beside the server)
          rebuild [--fresh]  re-indexes every Indexed document from its stored page texts, in
                             batches, resuming where an interrupted rebuild stopped; --fresh starts over
          compact [--segments N]
                             merges the index into at most N segments (default 4) and drops replaced
                             entries, after a bulk load, so that a search starts fewer scorers; stop the
                             server first (the server compacts at night by itself)

          backup DEST [--full]
                             copies the database (SQLite online backup), the index's latest commit and the
                             originals into a new folder under DEST with a SHA-256 manifest, while the
                             server runs; originals already in the previous backup are hard-linked
                             (incremental) unless --full

          restore BACKUP [--rebuild-index]
                             restores a backup folder into an empty data folder, verifying every file
                             against the manifest, then re-indexes what the index lacks (or all of it)

          import FOLDER --agency CODE [--register den|di|noibo] [--fresh]
                             ingests every file under FOLDER (hidden ones skipped) as uploads would be:
                             duplicates skipped, unreadable files recorded as Failed; resumes after a kill
                             from a checkpoint in the data folder (--fresh starts over); the running server
                             (or scripts/run.sh) extracts and indexes the queued documents

          generate --docs N [--source ALQAC.json ...] [--samples DIR] [--seed S]
                             writes synthetic registered documents (Vietnamese text recombined from the
                             ALQAC files and samples/*.txt) straight to the database, originals and index,
                             until N generated documents exist: run it again to resume

          bench-search [--docs N] [--runs R] [--clients 1,8] [--source ALQAC.json ...] [--data DIR] [--keep] [--no-http] [--skip-rebuild] [--reuse-peer] [--warm-up S]
                             generates N documents (default 20000) in a temporary data folder and prints
                             indexing throughput, peak RSS, index size, rebuild time, and search p50/p95/p99
                             of a fixed query mix at the engine, against SQLite FTS5 on the same corpus, and
                             over HTTP to the real server on 127.0.0.1 (docs/benchmarks.md); each row is
                             warmed up for at least S seconds first (default 15)

          bench-pages [--runs R] [--uploads N]
                             server-side render time of the search page, results as you type, home and
                             document view on the demo data, against the JSON search API in the same run;
                             then upload-to-searchable latency of N one-page text PDFs (default 20)
          load-test [--clients 20] [--duration 120] [--data DIR] [--agency tttt]
                             the real server on 127.0.0.1 with clients uploading text PDFs and searching for
                             the duration; then every 202 must end Indexed and be found; prints requests,
                             statuses, p50/p95/p99, RSS over time; exit 1 on any 5xx or lost upload
                             (docs/reliability.md)

          bench-ocr [--pages N] [--runs R] [--samples DIR] [--searchable-pdf-only]
                             OCR pages/hour in process (1 and 2 workers) vs the tesseract CLI on the same
                             300 dpi pages rendered from samples/*.txt, CER of both, a scan's text and
                             searchable PDF in one vs two recognition passes (alone with
                             --searchable-pdf-only), and born-digital PDF pages/s (extraction,
                             normalisation, indexing) vs pdftotext; medians of R runs

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
