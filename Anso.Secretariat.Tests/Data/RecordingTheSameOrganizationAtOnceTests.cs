using Anso.Secretariat.App.Data;
using Anso.Secretariat.Domain.Applications;
using Anso.Secretariat.Domain.Organizations;
using Anso.Secretariat.Tests.Support;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Anso.Secretariat.Tests.Data;

/// <summary>The database guarantees the duplicate check: one organization per normalized name and country.</summary>
public class RecordingTheSameOrganizationAtOnceTests
{
    [Fact]
    public async Task Twenty_simultaneous_applications_of_one_new_organization_record_it_once_and_refuse_the_others()
    {
        using var database = new TestDatabase();
        var universities = database.CategoryId("Universities");
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var services = Enumerable.Range(0, 20).Select(_ => Services.Applications(database)).ToList(); // each its own, and a DbContext per call
        var submissions = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var service = services[i];
            var input = A.ValidNewApplication(universities);
            input.OrganizationName = i % 2 == 0 ? "Université de Belgrade" : "UNIVERSITE DE BELGRADE";
            input.Acronym = null;
            input.CountryCode = "RS";
            await go.Task;
            try
            {
                await service.CreateAsync(input);
                return null;
            }
            catch (ValidationException refused)
            {
                return Assert.Single(refused.Errors);
            }
        })).ToList();

        go.SetResult();
        var outcomes = await Task.WhenAll(submissions);

        using var db = database.CreateContext();
        Assert.Equal(1, await db.Organizations.CountAsync());
        var application = await db.Applications.SingleAsync();
        var refusals = outcomes.OfType<FluentValidation.Results.ValidationFailure>().ToList();
        Assert.Equal(19, refusals.Count);
        Assert.All(refusals, r =>
        {
            Assert.Equal(nameof(NewApplication.OrganizationName), r.PropertyName);
            Assert.Contains($"already has an open application (no. {application.Id},", r.ErrorMessage);
        });
    }

    [Fact]
    public async Task Ten_simultaneous_renames_to_one_name_save_one_and_refuse_the_others_with_the_message()
    {
        using var database = new TestDatabase();
        var universities = database.CategoryId("Universities");
        var organizations = Enumerable.Range(1, 10).Select(i => new Organization($"University No. {i * 1000}", "RS", universities)).ToArray();
        database.Store(organizations);
        var registers = organizations.Select(_ => new RegisterServices(database).Register).ToList();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var renames = organizations.Select((o, i) => Task.Run(async () =>
        {
            var details = OrganizationDetails.Of(o);
            details.Name = "University of Kragujevac";
            await go.Task;
            try
            {
                await registers[i].EditAsync(o.Id, o.Version, details);
                return null;
            }
            catch (ValidationException refused)
            {
                return Assert.Single(refused.Errors);
            }
        })).ToList();

        go.SetResult();
        var outcomes = await Task.WhenAll(renames);

        using var db = database.CreateContext();
        var renamed = await db.Organizations.SingleAsync(o => o.Name == "University of Kragujevac");
        var refusals = outcomes.OfType<FluentValidation.Results.ValidationFailure>().ToList();
        Assert.Equal(9, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(
            ($"{nameof(OrganizationDetails.Name)}", $"University of Kragujevac (Serbia) is already in the register as organization no. {renamed.Id}."),
            (r.PropertyName, r.ErrorMessage)));
    }

    [Fact]
    public async Task A_second_organization_with_the_same_normalized_name_in_the_country_is_refused_by_the_database()
    {
        using var database = new TestDatabase();
        var universities = database.CategoryId("Universities");
        database.Store(new Organization("The University of Belgrade (UB)", "RS", universities));

        using var db = database.CreateContext();
        db.Organizations.Add(new Organization("university of belgrade", "RS", universities));
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(refused.IsDuplicateOrganizationName());
    }

    [Fact]
    public async Task The_same_name_in_another_country_is_another_organization()
    {
        using var database = new TestDatabase();
        var universities = database.CategoryId("Universities");

        database.Store(new Organization("University of Belgrade", "RS", universities), new Organization("University of Belgrade", "ME", universities));

        using var db = database.CreateContext();
        Assert.Equal(2, await db.Organizations.CountAsync());
    }
}
