namespace Anso.Secretariat.App.Data;

/// <summary>Uploaded files on disk, under the data folder. Names on disk are generated, never the user's.</summary>
public sealed class DocumentStore
{
    private readonly ILogger? logger;

    public DocumentStore(IConfiguration configuration, string sqliteConnectionString, ILogger<DocumentStore>? logger = null)
        : this(configuration, DatabaseTarget.Sqlite(sqliteConnectionString), logger) { }

    public DocumentStore(IConfiguration configuration, DatabaseTarget database, ILogger<DocumentStore>? logger = null)
    {
        this.logger = logger;
        var dataFolder = database.DataFolder;
        Folder = configuration["Storage:Uploads"] is { Length: > 0 } configured ? Path.GetFullPath(configured) : Path.Combine(dataFolder, "uploads");
        // A folder that cannot be created now is reported when a file is saved, to the user who saves it.
        try { Directory.CreateDirectory(Folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>The English of <see cref="ServiceRefusal.CannotStoreFile"/>, as the log writes it.</summary>
    public static string CannotStoreMessage => Refusals.Text(Refusals.KeyOf(ServiceRefusal.CannotStoreFile), Wording.English);

    public const string MissingMessage = "This file is recorded but is missing from the server's uploads folder. Tell the administrator, who can restore it from a backup.";

    public string Folder { get; }

    /// <summary>Stores the content under a new name. A folder that cannot be written is logged and refused with <see cref="CannotStoreMessage"/>.</summary>
    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken ct = default)
    {
        var storedName = $"{Guid.NewGuid():N}{extension.ToLowerInvariant()}";
        var path = Path.Combine(Folder, storedName);
        try
        {
            Directory.CreateDirectory(Folder);
            await using var file = File.Create(path);
            await content.CopyToAsync(file, ct);
            return storedName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger?.LogError(e, "Cannot store an uploaded file in {Folder}", Folder);
            try { File.Delete(path); } catch (Exception) { /* nothing more to undo */ }
            throw new StorageUnavailableException(ServiceRefusal.CannotStoreFile, e);
        }
    }

    /// <summary>The stored file, or null when it is missing on disk (recorded, but deleted or not restored).</summary>
    public Stream? Open(string storedName)
    {
        try
        {
            return File.OpenRead(Path.Combine(Folder, Path.GetFileName(storedName)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            logger?.LogWarning("Stored file {StoredName} is missing from {Folder}", storedName, Folder);
            return null;
        }
    }

    /// <summary>The answer to a download whose file is missing on disk: 404 with a sentence, not an error page.</summary>
    public static IResult MissingFile() => Results.Text(MissingMessage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    public void Delete(string storedName) => File.Delete(Path.Combine(Folder, Path.GetFileName(storedName)));
}
