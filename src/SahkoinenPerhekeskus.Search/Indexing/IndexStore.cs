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

    private readonly string _path;
    private readonly Analyzer _analyzer;
    private readonly Similarity _similarity;
    private readonly ILogger _logger;
    private readonly Dictionary<string, string> _expectedData;
    private readonly System.Threading.Lock _writeLock = new();
    private readonly ReaderWriterLockSlim _swapLock = new(LockRecursionPolicy.NoRecursion);
    private LuceneDirectory _directory = null!;
    private IndexWriter _writer = null!;
    private SearcherManager _manager = null!;
    private bool _unreadableOnOpen;

    public IndexStore(string path, Analyzer analyzer, Similarity similarity, string analyserName, string dictionariesHash, ILogger logger)
    {
        _path = path;
        _analyzer = analyzer;
        _similarity = similarity;
        _logger = logger;
        _expectedData = new Dictionary<string, string>
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
            logger.IndexNotOpened(e, path);
            CloseQuietly();
            _unreadableOnOpen = true;
            DeleteIndexFiles();
            Open(OpenMode.CREATE);
        }
    }

    public T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        _swapLock.EnterReadLock();
        try
        {
            var searcher = _manager.Acquire();
            try
            {
                return action(searcher);
            }
            finally
            {
                _manager.Release(searcher);
            }
        }
        finally
        {
            _swapLock.ExitReadLock();
        }
    }

    public int DocumentCount => WithSearcher(s => s.IndexReader.NumDocs);

    public IReadOnlyList<(string Id, long Updated)> StoredVersions() => WithSearcher(s =>
    {
        var reader = s.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string>(StringComparer.Ordinal) { FieldNames.Id, FieldNames.Updated };
        var versions = new List<(string Id, long Updated)>(reader.NumDocs);
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is null || live.Get(i))
            {
                var document = reader.Document(i, fields);
                versions.Add((document.Get(FieldNames.Id, System.Globalization.CultureInfo.InvariantCulture), document.GetField(FieldNames.Updated)?.GetInt64Value() ?? 0));
            }
        }

        return versions;
    });

    /// <summary>The stamp of the writer's last commit (cheap; <see cref="NeedsRebuild"/> checks the disk).</summary>
    public string? Stamp
    {
        get
        {
            lock (_writeLock)
            {
                return _writer.CommitData.TryGetValue(StampKey, out var stamp) ? stamp : null;
            }
        }
    }

    /// <summary>The last catalogue change this index holds, committed with the documents it produced.</summary>
    public long AppliedChange
    {
        get
        {
            lock (_writeLock)
            {
                return _writer.CommitData.TryGetValue(ChangeKey, out var value) && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0;
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
        lock (_writeLock)
        {
            var data = new Dictionary<string, string>(_expectedData)
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
                _logger.IndexRebuiltFromScratch(e, _path);
                Reopen();
                Fill(documents, data, progress);
            }

            _unreadableOnOpen = false;
            _manager.MaybeRefreshBlocking();
        }
    }

    public bool NeedsRebuild(string expectedStamp)
    {
        if (_unreadableOnOpen)
        {
            return true;
        }

        var data = ReadCommitData();
        return data is null
            || data.GetValueOrDefault(StampKey) != expectedStamp
            || _expectedData.Any(e => data.GetValueOrDefault(e.Key) != e.Value);
    }

    /// <summary>Reads the last commit from disk (not from the writer), so a damaged directory shows up here.</summary>
    private Dictionary<string, string>? ReadCommitData()
    {
        try
        {
            using var onDisk = FSDirectory.Open(_path);
            if (!DirectoryReader.IndexExists(onDisk))
            {
                return null;
            }

            using var reader = DirectoryReader.Open(onDisk);
            return new Dictionary<string, string>(reader.IndexCommit.UserData);
        }
        catch (Exception e) when (IsUnreadableIndex(e))
        {
            _logger.IndexUnreadable(e, _path);
            return null;
        }
    }

    private void Fill(IEnumerable<Document> documents, Dictionary<string, string> data, IProgress<int>? progress)
    {
        _writer.DeleteAll();
        var count = 0;
        foreach (var document in documents)
        {
            _writer.AddDocument(document);
            if (++count % 100 == 0)
            {
                progress?.Report(count);
            }
        }

        _writer.SetCommitData(data);
        _writer.Commit();
        progress?.Report(count);
    }

    private void Write(Action<IndexWriter> change, long? position)
    {
        lock (_writeLock)
        {
            change(_writer);
            var data = new Dictionary<string, string>(_writer.CommitData);
            if (position is { } p)
            {
                data[ChangeKey] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            _writer.SetCommitData(data);
            _writer.Commit();
            _manager.MaybeRefreshBlocking();
        }
    }

    private void Open(OpenMode mode)
    {
        System.IO.Directory.CreateDirectory(_path);
        _directory = FSDirectory.Open(_path);
        var config = new IndexWriterConfig(LanguageAnalyzers.Version, _analyzer) { OpenMode = mode, Similarity = _similarity };
        _writer = new IndexWriter(_directory, config);
        if (mode == OpenMode.CREATE || !DirectoryReader.IndexExists(_directory))
        {
            _writer.Commit();
        }

        _manager = new SearcherManager(_writer, applyAllDeletes: true, new SimilaritySearcherFactory(_similarity));
    }

    private void Reopen()
    {
        _swapLock.EnterWriteLock();
        try
        {
            CloseQuietly();
            DeleteIndexFiles();
            Open(OpenMode.CREATE);
        }
        finally
        {
            _swapLock.ExitWriteLock();
        }
    }

    private void CloseQuietly()
    {
        try
        {
            _manager?.Dispose();
        }
        catch (Exception e) when (IsUnreadableIndex(e))
        {
            _logger.CloseFailed(e, "searcher");
        }

        try
        {
            _writer?.Rollback();
        }
        catch (Exception e) when (IsUnreadableIndex(e))
        {
            _logger.CloseFailed(e, "writer");
        }

        _directory?.Dispose();
        IndexWriter.Unlock(FSDirectory.Open(_path));
    }

    /// <summary>
    /// Removes Lucene's own files only (segments_N, _N.*, write.lock): IndexWriter refuses to overwrite a
    /// commit it cannot parse, and a misconfigured path must never cost anyone other files.
    /// </summary>
    private void DeleteIndexFiles()
    {
        if (!System.IO.Directory.Exists(_path))
        {
            return;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(_path))
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
        _swapLock.EnterWriteLock();
        try
        {
            _manager.Dispose();
            _writer.Dispose();
            _directory.Dispose();
        }
        finally
        {
            _swapLock.ExitWriteLock();
        }

        _swapLock.Dispose();
    }

    private sealed class SimilaritySearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
