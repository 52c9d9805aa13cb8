using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using C = Anso.Secretariat.App.Features.Exchange.CsvColumns;

namespace Anso.Secretariat.App.Features.Exchange;

/// <summary>Register lines: the columns of the register export. An organization already in the register is left as it is.</summary>
internal sealed class OrganizationImport(SecretariatDbContext db, CsvFiles.Table table) : ImportBatch(table)
{
    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        [nameof(RegisterEntry.Name)] = C.Name, [nameof(RegisterEntry.NativeName)] = C.NativeName, [nameof(RegisterEntry.Acronym)] = C.Acronym, [nameof(RegisterEntry.CountryCode)] = C.Country,
        [nameof(RegisterEntry.CategoryId)] = C.Category, [nameof(RegisterEntry.Website)] = C.Website, [nameof(RegisterEntry.Address)] = C.Address,
        [nameof(RegisterEntry.ContactName)] = C.ContactName, [nameof(RegisterEntry.ContactEmail)] = C.ContactEmail,
        [nameof(RegisterEntry.Status)] = C.Status, [nameof(RegisterEntry.MembershipType)] = C.MembershipType,
        [nameof(RegisterEntry.MemberSince)] = C.MemberSince, [nameof(RegisterEntry.IsFoundingMember)] = C.Founding,
        [nameof(RegisterEntry.IsBoardMember)] = C.Board,
    };

    private readonly RegisterEntryValidator validator = new();
    private readonly int name = table.Column(C.Name, C.Organization), nativeName = table.Column(C.NativeName), acronym = table.Column(C.Acronym),
        country = table.Column(C.Country), countryCode = table.Column(C.CountryCode), category = table.Column(C.Category),
        status = table.Column(C.Status), type = table.Column(C.MembershipType), since = table.Column(C.MemberSince),
        founding = table.Column(C.Founding), board = table.Column(C.Board), website = table.Column(C.Website),
        address = table.Column(C.Address), contactName = table.Column(C.ContactName), contactEmail = table.Column(C.ContactEmail);

    private CategoryIndex categories = null!;
    /// <summary>The register's organizations, and this file's new ones with their row, for the duplicate check.</summary>
    private List<(NameInCountry Name, int Id)> existing = [];
    private readonly List<(NameInCountry Name, int Row)> seen = [];

    public override List<string> MissingColumns() =>
        new[] { Require(C.Name), Require(C.Country, C.CountryCode), Require(C.Category), Require(C.Status) }.OfType<string>().ToList();

    public override async Task LoadAsync(CancellationToken ct)
    {
        categories = await CategoryIndex.LoadAsync(db, ct);
        existing = (await db.Organizations.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Name, o.Acronym, o.CountryCode, o.NativeName, o.Id }).ToListAsync(ct))
            .Select(o => (new NameInCountry(o.Name, o.Acronym, o.CountryCode, o.NativeName), o.Id)).ToList();
    }

    public override Task<ImportRow> CheckAsync(int row, string[] fields, CancellationToken ct)
    {
        var errors = new RowErrors();
        string? error;
        var countryText = Field(fields, countryCode) is { Length: > 0 } code ? code : Field(fields, country);
        var entry = new RegisterEntry
        {
            Name = Field(fields, name),
            NativeName = Blank(Field(fields, nativeName)),
            Acronym = Blank(Field(fields, acronym)),
            Website = Blank(Field(fields, website)),
            Address = Blank(Field(fields, address)),
            ContactName = Blank(Field(fields, contactName)),
            ContactEmail = Blank(Field(fields, contactEmail)),
        };
        if (countryText.Length == 0) errors.Add(C.Country, ExchangeText.Current["GiveCountry"]);
        else
        {
            entry.CountryCode = CsvValues.ParseCountry(countryText, out error) ?? "";
            errors.Add(C.Country, error);
        }
        entry.CategoryId = categories.Find(Field(fields, category), errors, required: true);
        var statusText = Field(fields, status);
        MembershipType? impliedType = null;
        if (statusText.Length == 0) errors.Add(C.Status, ExchangeText.Current["GiveStatus"]);
        else
        {
            entry.Status = CsvValues.ParseStatus(statusText, out impliedType, out error) ?? OrganizationStatus.Applicant;
            errors.Add(C.Status, error);
        }
        entry.MembershipType = CsvValues.ParseMembershipType(Field(fields, type), out error) ?? impliedType;
        errors.Add(C.MembershipType, error);
        entry.MemberSince = CsvValues.ParseDate(Field(fields, since), out error);
        errors.Add(C.MemberSince, error);
        entry.IsFoundingMember = CsvValues.ParseYesNo(Field(fields, founding), out error);
        errors.Add(C.Founding, error);
        entry.IsBoardMember = CsvValues.ParseYesNo(Field(fields, board), out error);
        errors.Add(C.Board, error);
        errors.Add(validator.Validate(entry), ColumnOf);

        var label = Label(entry.Name, entry.CountryCode);
        if (errors.Any) return Task.FromResult(new ImportRow(row, label, RowOutcome.Error, errors.Messages));

        // The duplicate check (OrganizationNames.AreSame): the same normalized name, or the same acronym, in the same country.
        var named = entry.Named();
        if (existing.FindSame(named, e => e.Name) is ({ } _, var id))
            return Task.FromResult(new ImportRow(row, label, RowOutcome.AlreadyPresent, [ExchangeText.Current["AlreadyInRegister", id]]));
        if (seen.FindSame(named, e => e.Name) is ({ } _, var first))
            return Task.FromResult(new ImportRow(row, label, RowOutcome.Error, [RowErrors.OfColumn(C.Name, ExchangeText.Current["SameOrganizationAsRow", first])]));
        seen.Add((named, row));
        try
        {
            Pending.Add(Organization.FromRegisterEntry(entry));
        }
        catch (DomainException e)
        {
            return Task.FromResult(new ImportRow(row, label, RowOutcome.Error, [Refusals.Say(e)]));
        }
        return Task.FromResult(new ImportRow(row, label, RowOutcome.New, []));
    }

    /// <summary>"University of Belgrade (Serbia)", with the country in the reader's language.</summary>
    internal static string Label(string name, string? countryCode) =>
        string.IsNullOrEmpty(countryCode) ? (name.Length == 0 ? ExchangeText.Current["NoName"] : name) : $"{name} ({CountryNames.Of(countryCode)})";

    private static string? Blank(string s) => s.Length == 0 ? null : s;
}
