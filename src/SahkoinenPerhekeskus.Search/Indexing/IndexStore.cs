using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using SahkoinenPerhekeskus.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SahkoinenPerhekeskus.Search.Indexing;

/// <summary>
/// Owns the index directory, the single IndexWriter and the SearcherManager that every request shares.
/// The index is derived data: if it cannot be opened it is replaced by an empty one and reported as
/// needing a rebuild, rather than taking the site down.
/// </summary>
internal sealed class IndexStore : IDisposable
{
    /// <summary>Bump when fields or analysis change in a way that needs reindexing.</summary>
    internal const string SchemaVersion = "2";

    private const string StampKey = "stamp";
    private const string SchemaKey = "schema";
    private const string AnalyserKey = "analyser";
    private const string DictionariesKey = "dictionaries";
    private const string ChangeKey = "change";

    private readonly string path;
    private readonly Analyzer analyzer;
    private readonly Similarity similarity;
    private readonly ILogger logger;
    private readonly Dictionary<string, string> expectedData;
    private readonly System.Threading.Lock writeLock = new();
    private readonly ReaderWriterLockSlim swapLock = new(LockRecursionPolicy.NoRecursion);
    private LuceneDirectory directory = null!;
    private IndexWriter writer = null!;
    private SearcherManager manager = null!;
    private bool unreadableOnOpen;

    public IndexStore(string path, Analyzer analyzer, Similarity similarity, string analyserName, string dictionariesHash, ILogger logger)
    {
        this.path = path;
        this.analyzer = analyzer;
        this.similarity = similarity;
        this.logger = logger;
        expectedData = new Dictionary<string, string>
        {
            [SchemaKey] = SchemaVersion,
            [AnalyserKey] = analyserName,
            [DictionariesKey] = dictionariesHash,
        };

        try
        {
            Open(OpenMode.CREATE_OR_APPEND);
        }
        catch (Exception e) when (IsUnreadableIndex(e))
        {
            logger.LogWarning(e, "Search index at {Path} could not be opened; starting empty until it is rebuilt", path);
            CloseQuietly();
            unreadableOnOpen = true;
            DeleteIndexFiles();
            Open(OpenMode.CREATE);
        }
    }

    public T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        swapLock.EnterReadLock();
        try
        {
            var searcher = manager.Acquire();
            try
            {
                return action(searcher);
            }
            finally
            {
                manager.Release(searcher);
            }
        }
        finally
        {
            swapLock.ExitReadLock();
        }
    }

    public int DocumentCount => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>The stamp of the writer's last commit (cheap; <see cref="NeedsRebuild"/> checks the disk).</summary>
    public string? Stamp
    {
        get
        {
            lock (writeLock)
            {
                return writer.CommitData.TryGetValue(StampKey, out var stamp) ? stamp : null;
            }
        }
    }

    /// <summary>The last catalogue change this index holds, committed with the documents it produced.</summary>
    public long AppliedChange
    {
        get
        {
            lock (writeLock)
            {
                return writer.CommitData.TryGetValue(ChangeKey, out var value) && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0;
            }
        }
    }

    public void Upsert(string id, Document document) => Apply([(id, document)], [], null);

    public void Delete(string id) => Apply([], [id], null);

    /// <summary>Replaces and removes documents and records <paramref name="position"/> (when given), all in one commit.</summary>
    public void Apply(IReadOnlyList<(string Id, Document Document)> upserts, IReadOnlyList<string> deletes, long? position) =>
        Write(w =>
        {
            foreach (var (id, document) in upserts)
            {
                w.UpdateDocument(new Term(FieldNames.Id, id), document);
            }

            foreach (var id in deletes)
            {
                w.DeleteDocuments(new Term(FieldNames.Id, id));
            }
        }, position);

    public void Rebuild(IEnumerable<Document> documents, string stamp, IProgress<int>? progress, long position = 0)
    {
        lock (writeLock)
        {
            var data = new Dictionary<string, string>(expectedData)
            {
                [StampKey] = stamp,
                [ChangeKey] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            try
            {
                Fill(documents, data, progress);
            }
            catch (Exception e) when (IsUnreadableIndex(e))
            {
                // The files under the writer vanished or rotted while we ran; start over on a fresh directory.
                logger.LogWarning(e, "Rebuilding search index at {Path} from scratch", path);
                Reopen();
                Fill(documents, data, progress);
            }

            unreadableOnOpen = false;
            manager.MaybeRefreshBlocking();
        }
    }

    public bool NeedsRebuild(string expectedStamp)
    {
        if (unreadableOnOpen)
        {
            return true;
        }

        var data = ReadCommitData();
        return data is null
            || data.GetValueOrDefault(StampKey) != expectedStamp
            || expectedData.Any(e => data.GetValueOrDefault(e.Key) != e.Value);
    }

    /// <summary>Reads the last commit from disk (not from the writer), so a damaged directory shows up here.</summary>
    private Dictionary<string, string>? ReadCommitData()
    {
        try
        {
            using var onDisk = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(onDisk))
            {
                return null;
            }

            using var reader = DirectoryReader.Open(onDisk);
            return new Dictionary<string, string>(reader.IndexCommit.UserData);
        }
        catch (Exception e) when (IsUnreadableIndex(e))
        {
            logger.LogWarning(e, "Search index at {Path} is unreadable", path);
            return null;
        }
    }

    private void Fill(IEnumerable<Document> documents, Dictionary<string, string> data, IProgress<int>? progress)
    {
        writer.DeleteAll();
        var count = 0;
        foreach (var document in documents)
        {
            writer.AddDocument(document);
            if (++count % 100 == 0)
            {
                progress?.Report(count);
            }
        }

        writer.SetCommitData(data);
        writer.Commit();
        progress?.Report(count);
    }

    private void Write(Action<IndexWriter> change, long? position)
    {
        lock (writeLock)
        {
            change(writer);
            var data = new Dictionary<string, string>(writer.CommitData);
            if (position is { } p)
            {
                data[ChangeKey] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            writer.SetCommitData(data);
            writer.Commit();
            manager.MaybeRefreshBlocking();
        }
    }

    private void Open(OpenMode mode)
    {
        System.IO.Directory.CreateDirectory(path);
        directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(LanguageAnalyzers.Version, analyzer) { OpenMode = mode, Similarity = similarity };
        writer = new IndexWriter(directory, config);
        if (mode == OpenMode.CREATE || !DirectoryReader.IndexExists(directory))
        {
            writer.Commit();
        }

        manager = new SearcherManager(writer, applyAllDeletes: true, new SimilaritySearcherFactory(similarity));
    }

    private void Reopen()
    {
        swapLock.EnterWriteLock();
        try
        {
            CloseQuietly();
            DeleteIndexFiles();
            Open(OpenMode.CREATE);
        }
        finally
        {
            swapLock.ExitWriteLock();
        }
    }

    private void CloseQuietly()
    {
        try
        {
            manager?.Dispose();
        }
        catch (Exception e) when (IsUnreadableIndex(e))
        {
            logger.LogDebug(e, "Ignoring error while closing the searcher");
        }

        try
        {
            writer?.Rollback();
        }
        catch (Exception e) when (IsUnreadableIndex(e))
        {
            logger.LogDebug(e, "Ignoring error while closing the writer");
        }

        directory?.Dispose();
        IndexWriter.Unlock(FSDirectory.Open(path));
    }

    /// <summary>
    /// Removes Lucene's own files only (segments_N, _N.*, write.lock): IndexWriter refuses to overwrite a
    /// commit it cannot parse, and a misconfigured path must never cost anyone other files.
    /// </summary>
    private void DeleteIndexFiles()
    {
        if (!System.IO.Directory.Exists(path))
        {
            return;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(path))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_') || name == "write.lock")
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>
    /// Anything but a lock held by another process means the files are missing or damaged. CorruptIndexException,
    /// IndexFormatTooOld/TooNewException, EndOfStreamException and FileNotFoundException are all IOExceptions;
    /// garbage bytes can also surface as argument or range errors from the codecs.
    /// </summary>
    private static bool IsUnreadableIndex(Exception e) => e is not LockObtainFailedException
        and (IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException);

    public void Dispose()
    {
        swapLock.EnterWriteLock();
        try
        {
            manager.Dispose();
            writer.Dispose();
            directory.Dispose();
        }
        finally
        {
            swapLock.ExitWriteLock();
        }

        swapLock.Dispose();
    }

    private sealed class SimilaritySearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
