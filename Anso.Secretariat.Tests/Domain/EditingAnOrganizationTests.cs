using Anso.Secretariat.Domain.Common;
using Anso.Secretariat.Domain.Organizations;

namespace Anso.Secretariat.Tests.Domain;

public class EditingAnOrganizationTests
{
    private static Organization Member()
    {
        var o = new Organization("University of Belgrade", "RS", categoryId: 4);
        o.RecordExistingMembership(MembershipType.Full, new(2022, 1, 20), founding: false);
        return o;
    }

    [Fact]
    public void Editing_the_details_changes_name_key_country_category_contact_and_seats()
    {
        var o = Member();
        var details = OrganizationDetails.Of(o);
        details.Name = "Univerzitet u Beogradu";
        details.Acronym = "UB";
        details.CountryCode = "rs";
        details.CategoryId = 3;
        details.ContactEmail = "rektorat@bg.ac.rs";
        details.IsBoardMember = true;

        o.EditDetails(details);

        Assert.Equal(("Univerzitet u Beogradu", "univerzitet u beogradu", "UB", "RS", 3), (o.Name, o.NameKey, o.Acronym, o.CountryCode, o.CategoryId));
        Assert.Equal("rektorat@bg.ac.rs", o.ContactEmail);
        Assert.True(o.IsBoardMember);
    }

    [Fact]
    public void An_applicant_can_be_neither_a_founding_member_nor_on_the_GB()
    {
        var applicant = new Organization("Aral Sea Polytechnic Institute", "UZ", categoryId: 4);
        var details = OrganizationDetails.Of(applicant);

        details.IsFoundingMember = true;
        Assert.Throws<DomainException>(() => applicant.EditDetails(details));
        details.IsFoundingMember = false;
        details.IsBoardMember = true;
        Assert.Throws<DomainException>(() => applicant.EditDetails(details));
    }

    [Fact]
    public void The_validator_names_each_field_in_error()
    {
        var result = new OrganizationDetailsValidator().Validate(new OrganizationDetails
        {
            Name = "", CountryCode = "XX", Website = "www.example.org", ContactEmail = "someone@", Acronym = new string('A', 41),
        });

        Assert.Equal(
            ["Acronym", "CategoryId", "ContactEmail", "CountryCode", "Name", "Website"],
            result.Errors.Select(e => e.PropertyName).Distinct().Order());
        Assert.Contains(result.Errors, e => e.ErrorMessage == "'XX' is not an ISO 3166 country code.");
    }

    [Fact]
    public async Task The_validator_refuses_a_name_another_organization_has_in_the_same_country()
    {
        var validator = new OrganizationDetailsValidator((name, _) =>
            Task.FromResult(name.Key == "universite de belgrade" && name.Country == "RS" ? "University of Belgrade (Serbia) is already in the register as organization no. 7." : null));

        var result = await validator.ValidateAsync(new OrganizationDetails { Name = "Université de  BELGRADE", CountryCode = "rs", CategoryId = 4 });

        Assert.Equal("University of Belgrade (Serbia) is already in the register as organization no. 7.", Assert.Single(result.Errors).ErrorMessage);
    }

    [Fact]
    public void A_representative_can_be_removed()
    {
        var o = Member();
        o.AddRepresentative("Mirjana Mihailović", "Director", null);

        Assert.Throws<DomainException>(() => o.RemoveRepresentative(12345));
        o.RemoveRepresentative(o.Representatives[0].Id);

        Assert.Empty(o.Representatives);
    }
}
