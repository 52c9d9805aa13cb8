namespace Anso.Secretariat.App.Data;

/// <summary>Uploaded files on disk, under the data folder. Names on disk are generated, never the user's.</summary>
public sealed class DocumentStore
{
    public DocumentStore(IConfiguration configuration, string connectionString)
    {
        var dataFolder = Path.GetDirectoryName(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource))!;
        Folder = configuration["Storage:Uploads"] is { Length: > 0 } configured ? Path.GetFullPath(configured) : Path.Combine(dataFolder, "uploads");
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken ct = default)
    {
        var storedName = $"{Guid.NewGuid():N}{extension.ToLowerInvariant()}";
        await using var file = File.Create(Path.Combine(Folder, storedName));
        await content.CopyToAsync(file, ct);
        return storedName;
    }

    public Stream Open(string storedName) => File.OpenRead(Path.Combine(Folder, Path.GetFileName(storedName)));

    public void Delete(string storedName) => File.Delete(Path.Combine(Folder, Path.GetFileName(storedName)));
}
