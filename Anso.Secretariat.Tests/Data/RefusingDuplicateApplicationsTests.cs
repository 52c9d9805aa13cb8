using Anso.Secretariat.App.Features.Applications;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>ApplicationService.CreateAsync against a real database: one open application per organization and country.</summary>
public class RefusingDuplicateApplicationsTests
{
    [Theory]
    [InlineData("Universite de Belgrade", "RS", true)]
    [InlineData("UNIVERSITÉ  DE BELGRADE", "RS", true)]
    [InlineData("  université de belgrade ", "rs", true)]
    [InlineData("Université de Belgrade", "FR", false)]
    [InlineData("Université de Novi Sad", "RS", false)]
    public async Task An_open_application_for_the_same_name_in_the_same_country_is_a_duplicate(string name, string country, bool duplicate)
    {
        using var database = new TestDatabase();
        var service = Services.Applications(database);
        var universities = database.CategoryId("Universities");
        var existingId = await service.CreateAsync(Input("Université de Belgrade", "RS", universities));

        var second = Input(name, country, universities);
        if (duplicate)
        {
            var refused = await Assert.ThrowsAsync<ValidationException>(() => service.CreateAsync(second));

            var error = Assert.Single(refused.Errors);
            Assert.Equal(nameof(NewApplication.OrganizationName), error.PropertyName);
            Assert.StartsWith($"Université de Belgrade (Serbia) already has an open application (no. {existingId},", error.ErrorMessage);
            var (_, total) = await service.ListAsync(new ApplicationFilter());
            Assert.Equal(1, total);
        }
        else
        {
            await service.CreateAsync(second);

            using var db = database.CreateContext();
            Assert.Equal(2, await db.Applications.CountAsync());
            Assert.Equal(2, await db.Organizations.CountAsync());
        }
    }

    [Fact]
    public async Task A_member_organization_cannot_apply_again()
    {
        using var database = new TestDatabase();
        var service = Services.Applications(database);
        var academy = An.Organization.Named("Serbian Academy of Sciences and Arts", "SASA").In("RS").InCategory(database.CategoryId("National Academies")).Build();
        var admitted = An.Application.From(academy).InState(ApplicationState.Admitted).Build();
        database.Store(admitted);

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            service.CreateAsync(Input("Serbian Academy of Sciences and Arts", "RS", academy.CategoryId)));

        Assert.Equal("Serbian Academy of Sciences and Arts (Serbia) is already a member of ANSO.", Assert.Single(refused.Errors).ErrorMessage);
    }

    [Fact]
    public async Task An_organization_that_withdrew_applies_again_under_the_same_record()
    {
        using var database = new TestDatabase();
        var service = Services.Applications(database);
        var universities = database.CategoryId("Universities");
        var firstId = await service.CreateAsync(Input("Université de Belgrade", "RS", universities));
        var first = (await service.FindAsync(firstId))!;
        await service.PerformAsync(firstId, first.Version, new TransitionRequest(ApplicationAction.Withdraw, Note: "Will apply after the merger."));

        var secondId = await service.CreateAsync(Input("Universite de Belgrade", "RS", universities));

        var second = (await service.FindAsync(secondId))!;
        Assert.Equal(first.OrganizationId, second.OrganizationId);
        Assert.Equal("Universite de Belgrade", second.Organization.Name);
        Assert.Equal(ApplicationState.Received, second.State);
        using var db = database.CreateContext();
        Assert.Equal(1, await db.Organizations.CountAsync());
        Assert.Equal(OrganizationStatus.Applicant, (await db.Organizations.SingleAsync()).Status);
    }

    private static NewApplication Input(string name, string country, int categoryId)
    {
        var input = A.ValidNewApplication(categoryId);
        input.OrganizationName = name;
        input.Acronym = null;
        input.CountryCode = country;
        return input;
    }
}
