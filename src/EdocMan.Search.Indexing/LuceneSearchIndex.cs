using System.Collections.Concurrent;
using EdocMan.Search.Core.Search;
using EdocMan.Search.Indexing.Analyzers;
using EdocMan.Search.Indexing.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace EdocMan.Search.Indexing;

/// <summary>
/// The Lucene.Net implementation of <see cref="ISearchIndex"/>: one <see cref="IndexWriter"/> and
/// one <see cref="SearcherManager"/> over an index folder, with Vietnamese analysis.
/// </summary>
/// <remarks>
/// <para>Writes go to the writer at once; a background loop reopens the searcher about every
/// 150 ms (near-real-time, no commit needed) and commits every few seconds while there are
/// uncommitted writes, as well as on <see cref="CommitAsync"/> and <see cref="Dispose"/>.</para>
/// <para>An index written under another <see cref="IndexSchema.SchemaVersion"/> is recreated empty
/// at open (logged as a warning); the documents are re-indexed from the database by the host.</para>
/// <para>Thread-safe: register one instance per index folder as a singleton. A second instance on
/// the same folder in the same process is refused, because Lucene allows one writer per folder.</para>
/// </remarks>
public sealed partial class LuceneSearchIndex : ISearchIndex
{
    // Folders with a live writer in this process; lets a stale lock be cleared without ever
    // clearing the lock of an index this process still uses.
    private static readonly ConcurrentDictionary<string, byte> OpenLocations = new(StringComparer.Ordinal);

    private readonly LuceneDirectory _directory;
    private readonly bool _ownsDirectory;
    private readonly ILogger _logger;
    private readonly IndexAnalyzers _analyzers = new();
    private readonly QueryTranslator _translator;
    private readonly SnippetBuilder _snippets;
    private readonly AccessFilters _accessFilters = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searcherManager;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _background;
    private int _disposed;

    /// <summary>Opens (or creates) the index in the folder <paramref name="indexPath"/>.</summary>
    public LuceneSearchIndex(string indexPath, ILogger<LuceneSearchIndex> logger)
        : this(indexPath, logger, IndexTimings.Default)
    {
    }

    /// <summary>Opens (or creates) the index in the folder <paramref name="indexPath"/> with the given background timings.</summary>
    public LuceneSearchIndex(string indexPath, ILogger<LuceneSearchIndex> logger, IndexTimings timings)
        : this(OpenFolder(indexPath), logger, ownsDirectory: true, timings, TimeProvider.System)
    {
    }

    /// <summary>Opens (or creates) an index in any Lucene directory; for tests and tools.</summary>
    internal LuceneSearchIndex(LuceneDirectory directory, ILogger<LuceneSearchIndex> logger, bool ownsDirectory, IndexTimings timings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(logger);
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _logger = logger;
        Location = directory is FSDirectory fs ? fs.Directory.FullName : directory.GetLockID();
        _translator = new QueryTranslator(_analyzers);
        _snippets = new SnippetBuilder(_analyzers);
        if (!OpenLocations.TryAdd(Location, 0))
        {
            Cleanup(releaseLocation: false);
            throw new InvalidOperationException($"The search index at '{Location}' is already open in this process.");
        }
        try
        {
            var existed = DirectoryReader.IndexExists(directory);
            var stored = existed ? IndexSchema.ReadSchemaVersion(directory) : null;
            // The index is derived data (page texts live in the database): documents analysed
            // under another schema are dropped rather than searched wrongly, and the host's
            // reconciliation or the rebuild tool re-indexes them.
            var recreate = existed && stored != IndexSchema.SchemaVersion;
            if (recreate)
            {
                IndexingLog.StaleSchema(_logger, Location, stored, IndexSchema.SchemaVersion);
            }
            _writer = OpenWriter(recreate ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND, timings);
            if (!existed || recreate)
            {
                // Commit at once: the schema version is on disk and readers have a commit to open.
                _writer.SetCommitData(IndexSchema.CommitData(IndexSchema.SchemaVersion));
                _writer.Commit();
            }
            _searcherManager = new SearcherManager(_writer, applyAllDeletes: true, new WarmingSearcherFactory());
        }
        catch
        {
            _writer?.Dispose();
            Cleanup(releaseLocation: true);
            throw;
        }
        IndexingLog.Opened(_logger, Location, _writer.NumDocs, SchemaVersion);
        _background = Task.Run(() => RunBackgroundAsync(timings, time, _stop.Token));
    }

    /// <summary>The index folder (or the Lucene directory's lock id when not on disk).</summary>
    public string Location { get; }

    /// <summary>The schema version in the writer's commit data (0 if absent); see <see cref="IndexSchema"/>.</summary>
    private int SchemaVersion => IndexSchema.ParseVersion(_writer.CommitData) ?? 0;

    /// <inheritdoc />
    public Task UpsertAsync(IndexDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        ct.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        var doc = DocumentMapper.ToLucene(document, _analyzers);
        _writer.UpdateDocument(new Term(IndexSchema.Id, DocumentMapper.IdTerm(document.Id)), doc);
        IndexingLog.Upserted(_logger, document.Id, document.Pages.Count);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>
    /// <see cref="UpsertAsync"/> buffers a delete of the id beside every added document, and each flush looks
    /// those ids up in every segment; a rebuild of an emptied index has nothing to replace.
    /// </remarks>
    public Task AddNewAsync(IndexDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        ct.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        _writer.AddDocument(DocumentMapper.ToLucene(document, _analyzers));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearAsync()
    {
        ThrowIfDisposed();
        return Task.Run(() =>
        {
            // DeleteAll drops the segments but not the commit data, so the schema version stays on disk.
            _writer.DeleteAll();
            _writer.Commit();
            _searcherManager.MaybeRefreshBlocking();
        });
    }

    /// <inheritdoc />
    public Task CompactAsync(int maxSegments)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        ThrowIfDisposed();
        return Task.Run(() =>
        {
            _writer.ForceMerge(maxSegments);
            // A segment the forced merge left alone may still hold replaced entries: they take disk and slow every
            // search that walks past them.
            _writer.ForceMergeDeletes();
            _writer.Commit();
            _searcherManager.MaybeRefreshBlocking();
        });
    }

    /// <inheritdoc />
    public Task DeleteAsync(Guid id, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        _writer.DeleteDocuments(new Term(IndexSchema.Id, DocumentMapper.IdTerm(id)));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RefreshAsync()
    {
        ThrowIfDisposed();
        _searcherManager.MaybeRefreshBlocking();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task CommitAsync()
    {
        ThrowIfDisposed();
        return Task.Run(CommitIfChanged);
    }

    /// <summary>Stops the background loop, commits pending writes and releases the folder. Never throws.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _stop.Cancel();
        Try(() => _background.Wait(TimeSpan.FromSeconds(10)));
        Try(_searcherManager.Dispose);
        Try(CommitIfChanged);
        if (!Try(_writer.Dispose))
        {
            // A failed close can leave the lock held (lucenenet#1284); release it so a reopen works.
            Try(() => IndexWriter.Unlock(_directory));
        }
        Cleanup(releaseLocation: true);
        _stop.Dispose();
    }

    private static FSDirectory OpenFolder(string indexPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        var full = Path.GetFullPath(indexPath);
        System.IO.Directory.CreateDirectory(full);
        return FSDirectory.Open(full);
    }

    private IndexWriter OpenWriter(OpenMode mode, IndexTimings timings)
    {
        try
        {
            return new IndexWriter(_directory, NewConfig(mode, timings));
        }
        catch (LockObtainFailedException ex)
        {
            // No live writer of this process holds the folder (see OpenLocations), so the lock is a
            // leftover. Unlock only drops this process's lock object; a lock that another live
            // process holds at the OS level survives it and the retry fails, as it must.
            IndexingLog.ClearingStaleLock(_logger, Location, ex);
            IndexWriter.Unlock(_directory);
            return new IndexWriter(_directory, NewConfig(mode, timings));
        }
    }

    // A config can serve one writer only, so the retry after a stale lock needs a new one.
    // A larger buffer than Lucene's 16 MB (IndexTimings) means fewer, larger flushed segments and so
    // less merging in a rebuild or a batch import; the server's memory budget has room for it.
    private IndexWriterConfig NewConfig(OpenMode mode, IndexTimings timings)
    {
        var merges = new ConcurrentMergeScheduler();
        if (timings.MergesQueued is { } queued)
        {
            merges.SetMaxMergesAndThreads(queued, 1);
        }
        return new IndexWriterConfig(VietnameseAnalyzer.Version, _analyzers.PerField)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = timings.RamBufferMB,
            UseCompoundFile = timings.CompoundFiles,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = timings.CompoundFiles ? TieredMergePolicy.DEFAULT_NO_CFS_RATIO : 0 },
            MergeScheduler = merges,
        };
    }

    private void CommitIfChanged()
    {
        if (_writer.HasUncommittedChanges())
        {
            _writer.Commit();
        }
    }

    private async Task RunBackgroundAsync(IndexTimings timings, TimeProvider time, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(timings.Refresh, time);
        var lastCommit = time.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                try
                {
                    _searcherManager.MaybeRefresh();
                    if (time.GetElapsedTime(lastCommit) >= timings.Commit)
                    {
                        CommitIfChanged();
                        lastCommit = time.GetTimestamp();
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Keep the loop alive: a transient I/O error must not stop later refreshes.
                    IndexingLog.BackgroundFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Dispose stopped the loop.
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

    private void Cleanup(bool releaseLocation)
    {
        Try(_analyzers.Dispose);
        if (_ownsDirectory)
        {
            Try(_directory.Dispose);
        }
        if (releaseLocation)
        {
            OpenLocations.TryRemove(Location, out _);
        }
    }

    private bool Try(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception ex)
        {
            IndexingLog.DisposeFailed(_logger, Location, ex);
            return false;
        }
    }
}
