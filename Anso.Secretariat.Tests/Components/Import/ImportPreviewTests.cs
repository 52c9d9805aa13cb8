using Anso.Secretariat.App.Features.Exchange;
using Bunit;

namespace Anso.Secretariat.Tests.Components.Import;

/// <summary>The preview of a file: what each row would become, and whether it can be imported.</summary>
public class ImportPreviewTests : ComponentTest
{
    private static ImportReport Report(params ImportRow[] rows) => new(ImportKind.Organizations, "members.csv", [], rows);

    private IRenderedComponent<ImportPreview> RenderPreview(ImportReport report) =>
        Render<ImportPreview>(p => p.Add(c => c.Report, report));

    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.QuerySelectorAll("td").Select(c => c.TextContent.Trim())];

    [Fact]
    public void A_row_with_an_error_is_listed_with_its_number_and_column_and_nothing_can_be_imported()
    {
        var preview = RenderPreview(Report(
            new ImportRow(2, "Háskóli Íslands (Iceland)", RowOutcome.New, []),
            new ImportRow(4, "Atlantis Institute", RowOutcome.Error, ["Country: 'Atlantis' is not a country.", "Category: Give the category."])));

        Assert.Contains("1 with errors", preview.Find("[aria-label='Rows in the file']").TextContent);
        Assert.Contains("One row has errors, so nothing can be imported yet.", preview.Find("[role=alert]").TextContent);
        // The rows with errors come first to the eye: only they are shown until the switch is turned off.
        var row = Assert.Single(preview.FindAll("tbody tr"));
        Assert.Equal("4", Cells(row)[0]);
        Assert.Contains("Atlantis Institute", Cells(row)[1]);
        Assert.Equal("Error", Cells(row)[2]);
        Assert.Contains("Country: 'Atlantis' is not a country.", Cells(row)[3]);
        Assert.Contains("Category: Give the category.", Cells(row)[3]);
        Assert.DoesNotContain(preview.FindAll("button"), b => b.TextContent.Contains("Import"));

        preview.Find("input[type=checkbox]").Change(false);
        Assert.Equal(2, preview.FindAll("tbody tr").Count);
    }

    [Fact]
    public void A_file_without_errors_offers_to_import_its_new_rows_and_says_which_are_already_recorded()
    {
        var imported = false;
        var preview = Render<ImportPreview>(p => p
            .Add(c => c.Report, Report(
                new ImportRow(2, "Háskóli Íslands (Iceland)", RowOutcome.New, []),
                new ImportRow(3, "The University of the South Pacific (Fiji)", RowOutcome.New, []),
                new ImportRow(4, "University of Belgrade (Serbia)", RowOutcome.AlreadyPresent, ["Already in the register as organization no. 7; left as it is."])))
            .Add(c => c.OnImport, () => imported = true));

        var summary = preview.Find("[aria-label='Rows in the file']").TextContent;
        Assert.Contains("2 new", summary);
        Assert.Contains("1 already recorded", summary);
        Assert.Contains("0 with errors", summary);
        Assert.Equal(["New", "New", "Already recorded"], preview.FindAll("tbody tr").Select(r => Cells(r)[2]));
        Assert.Empty(preview.FindAll("[role=alert]"));

        var button = preview.FindAll("button").Single(b => b.TextContent.Trim() == "Import 2 organizations");
        Assert.False(button.HasAttribute("disabled"));
        button.Click();
        Assert.True(imported);
    }

    [Fact]
    public void A_file_already_recorded_has_nothing_to_import()
    {
        var preview = RenderPreview(Report(new ImportRow(2, "University of Belgrade (Serbia)", RowOutcome.AlreadyPresent, [])));

        Assert.Contains("Every row is already recorded: there is nothing to import.", preview.Markup);
        Assert.True(preview.FindAll("button").Single(b => b.TextContent.Trim() == "Import 0 organizations").HasAttribute("disabled"));
    }

    [Fact]
    public void A_file_error_is_shown_and_nothing_can_be_imported()
    {
        var preview = RenderPreview(ImportReport.ForFileError(ImportKind.Applications, "applications.csv", "The file has no 'State' column."));

        Assert.Contains("The file has no 'State' column.", preview.Find("[role=alert]").TextContent);
        Assert.Empty(preview.FindAll("table"));
        Assert.DoesNotContain(preview.FindAll("button"), b => b.TextContent.Contains("Import"));
    }
}
