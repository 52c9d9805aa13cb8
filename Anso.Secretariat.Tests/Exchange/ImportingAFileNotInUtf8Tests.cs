using System.Text;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Exchange;

/// <summary>Imports read UTF-8 only: a Latin-1 file (which used to arrive as "Universit�") is refused with a message naming the row.</summary>
public sealed class ImportingAFileNotInUtf8Tests : IDisposable
{
    private const string Header = "Name,Acronym,Country,Category,Status,Membership type,Member since";
    private readonly TestDatabase database = new();
    private readonly RegisterServices services;

    public ImportingAFileNotInUtf8Tests() => services = new RegisterServices(database);

    public void Dispose() => database.Dispose();

    private static string Text => string.Join("\r\n",
        Header,
        "Icelandic Centre for Research,Rannis,IS,National Research Institutes and Agencies,Applicant,,",
        "Université d'Abomey-Calavi,UAC,Benin,Universities,Member,Full,2022-01-20") + "\r\n";

    [Fact]
    public async Task A_Latin1_file_is_refused_with_a_message_naming_the_row_and_nothing_is_imported()
    {
        var latin1 = Encoding.Latin1.GetBytes(Text);
        Assert.Contains((byte)0xE9, latin1); // "é" as one Latin-1 byte, invalid in UTF-8

        var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv", latin1);
        var imported = await services.Import.ImportAsync(ImportKind.Organizations, "register.csv", latin1);

        var error = Assert.Single(preview.FileErrors);
        Assert.StartsWith("The file is not in UTF-8: row 3 has a character in another encoding", error);
        Assert.Contains("CSV UTF-8", error);
        Assert.Empty(preview.Rows);
        Assert.Equal(preview.FileErrors, imported.FileErrors);
        Assert.Equal(0, imported.New);
        await using var db = database.CreateContext();
        Assert.False(await db.Organizations.AnyAsync(o => o.Name.StartsWith("Universit")));
    }

    [Fact]
    public async Task The_same_file_in_UTF8_with_or_without_a_byte_order_mark_is_read_with_its_accents()
    {
        foreach (var file in new[] { Encoding.UTF8.GetBytes(Text), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)] })
        {
            var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv", file);

            Assert.Empty(preview.FileErrors);
            Assert.Contains(preview.Rows, r => r.Label.Contains("Université d'Abomey-Calavi"));
        }
    }

    [Fact]
    public async Task A_UTF16_file_is_refused_with_a_message()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Text)).ToArray();

        var preview = await services.Import.PreviewAsync(ImportKind.Organizations, "register.csv", utf16);

        Assert.StartsWith("The file is saved as Unicode text (UTF-16)", Assert.Single(preview.FileErrors));
    }
}
