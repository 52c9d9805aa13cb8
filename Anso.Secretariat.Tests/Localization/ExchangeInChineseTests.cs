using System.Text;
using AngleSharp.Dom;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Exchange;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Components;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anso.Secretariat.Tests.Localization;

/// <summary>
/// The import as a staff member who chose Chinese meets it: every step in Chinese, and each row's errors in Chinese,
/// while the file itself is the English CSV that the exports write and other programs read.
/// </summary>
public class ExchangeInChineseTests : ComponentTest
{
    public ExchangeInChineseTests() => SignInAs(Roles.Secretariat);

    private static InputFileContent Csv(string name, params string[] lines) =>
        InputFileContent.CreateFromBinary([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")], name, contentType: "text/csv");

    [Fact]
    public async Task An_English_register_file_is_previewed_and_imported_on_Chinese_screens()
    {
        InChinese.Use();
        var page = Render<ImportPage>();
        Assert.Empty(InChinese.EnglishLeftIn<ExchangeText>(page.Nodes));
        Assert.Contains("从电子表格导入", page.Markup);
        Assert.Contains("选择CSV文件", page.Markup);

        page.FindComponent<InputFile>().UploadFiles(Csv("members-2025.csv", "Name,Acronym,Country,Category,Status,Membership type,Member since,Founding member,GB member",
            "Háskóli Íslands,HÍ,Iceland,Universities,Member,Full,2025-10-30,no,no",
            "The University of the South Pacific,USP,Fiji,Universities,Member,Provisional,2025-10-30,no,no"));

        page.WaitForAssertion(() => Assert.Contains("新增 2 行", page.Find("[aria-label='文件中的行']").TextContent), TimeSpan.FromSeconds(10));
        Assert.Empty(InChinese.EnglishLeftIn<ExchangeText>(page.Nodes));
        Assert.Equal(["新增", "新增"], page.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()));
        Assert.Contains("Háskóli Íslands (冰岛)", page.FindAll("tbody tr")[0].TextContent); // the country as the reader names it

        page.FindAll("button").Single(b => b.TextContent.Trim() == "导入2个机构").Click();

        page.WaitForAssertion(() => Assert.Contains("已从members-2025.csv导入2个机构。", page.Find("[role=status]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Empty(InChinese.EnglishLeftIn<ExchangeText>(page.Nodes));
        await WithDatabaseAsync(async db =>
            Assert.Equal(MembershipType.Provisional, (await db.Organizations.SingleAsync(o => o.Name == "The University of the South Pacific")).MembershipType));
    }

    [Fact]
    public void The_errors_of_the_rows_of_an_English_file_are_said_in_Chinese_naming_the_files_column()
    {
        InChinese.Use();
        var page = Render<ImportPage>();
        page.FindAll("input[type=radio]")[1].Click(); // 申请（含状态）
        page.FindComponent<InputFile>().UploadFiles(Csv("gb-2019.csv",
            "Organization,Country,Category,State,Received,GB meeting,GA meeting",
            "University of Iceland Hospital,Iceland,Universities,Received,2026-01-05,,",
            "Universidad de Chile,Chile,Universities,Endorsed,2019-05-01,42nd GB,",
            "Atlantis Institute,Atlantis,Universities,Pending,2019-05-01,,"));

        page.WaitForAssertion(() => Assert.Contains("有错误 2 行", page.Find("[aria-label='文件中的行']").TextContent), TimeSpan.FromSeconds(10));
        var rows = page.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Universidad de Chile (智利)", rows[0].TextContent);
        Assert.Contains("“GB meeting”列：没有第42次理事会会议；请先录入该会议。", rows[0].TextContent);
        Assert.Contains("“Country”列：“Atlantis”不是国家", rows[1].TextContent);
        // What the file must hold stays English: the states are named as the CSV writes them.
        Assert.Contains("“State”列：“Pending”不是状态；请使用以下之一：Received, Under review", rows[1].TextContent);
        Assert.Contains("有2行存在错误，因此暂时无法导入。", page.Find("[role=alert]").TextContent);
        WithoutTheFilesColumnNames(page);
        Assert.Empty(InChinese.EnglishLeftIn<ExchangeText>(page.Nodes));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("导入1份申请"));
    }

    [Fact]
    public void The_columns_help_explains_in_Chinese_and_keeps_the_files_column_names()
    {
        InChinese.Use();
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var help = Render<ImportColumnsHelp>(p => p.Add(c => c.Kind, kind));
            help.Find(".mud-expand-panel-header").Click();

            help.WaitForAssertion(() => Assert.Contains("查看文件格式", help.Markup));
            var columns = help.FindAll("strong").Select(s => s.TextContent).ToList();
            Assert.Contains(kind == ImportKind.Organizations ? "Name" : "Organization", columns);
            WithoutTheFilesColumnNames(help);
            Assert.Empty(InChinese.EnglishLeftIn<ExchangeText>(help.Nodes));
        }
    }

    [Fact]
    public void The_progress_bar_names_the_step_in_Chinese()
    {
        InChinese.Use();
        var bar = Render<ImportProgressBar>(p => p.Add(c => c.Progress, new ImportProgress(ImportPhase.Checking, 1200, 5000)));

        Assert.Contains("正在检查各行：1,200 / 5,000", bar.Markup);
        Assert.Equal("导入进度", bar.Find("[aria-label]").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_preview_made_in_Chinese_reads_the_same_English_file_as_one_made_in_English()
    {
        string[] file = ["Name,Country,Category,Status", "Atlantis Institute,Atlantis,Universities,Member", "Háskóli Íslands,IS,Universities,Applicant"];
        var content = Encoding.UTF8.GetBytes(string.Join("\r\n", file));
        var import = Services.GetRequiredService<ImportService>();

        var english = await import.PreviewAsync(ImportKind.Organizations, "register.csv", content);
        InChinese.Use();
        var chinese = await import.PreviewAsync(ImportKind.Organizations, "register.csv", content);

        Assert.Equal(english.Rows.Select(r => (r.Row, r.Outcome)), chinese.Rows.Select(r => (r.Row, r.Outcome)));
        Assert.Equal("Country: 'Atlantis' is not a country; give its English name or its ISO code (for example Serbia or RS).", english.Rows[0].Messages[0]);
        Assert.Equal("“Country”列：“Atlantis”不是国家；请填写国家的英文名称或ISO代码（例如 Serbia 或 RS）。", chinese.Rows[0].Messages[0]);
        Assert.Equal("Háskóli Íslands (冰岛)", chinese.Rows[1].Label);
    }

    /// <summary>Takes the columns help's column names off the rendered page: they are the file's, English on purpose ("Organization").</summary>
    private static void WithoutTheFilesColumnNames(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> view)
    {
        foreach (var column in view.FindAll(".mud-expand-panel strong")) column.Remove();
    }
}
