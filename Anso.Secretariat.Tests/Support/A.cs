using Anso.Secretariat.Domain.Applications;

namespace Anso.Secretariat.Tests.Support;

/// <summary>Entry point of the test data builders: <c>A.Meeting.GoverningBoard(9).Planned()</c>.</summary>
public static class A
{
    public static MeetingBuilder Meeting => new();

    /// <summary>What the secretariat types in for a new application, valid in every field; tests spoil one field.</summary>
    public static NewApplication ValidNewApplication(int categoryId = 1) => new()
    {
        OrganizationName = "Serbian Academy of Sciences and Arts",
        Acronym = "SASA",
        CountryCode = "RS",
        CategoryId = categoryId,
        Website = "https://www.sanu.ac.rs",
        Address = "Knez Mihailova 35, Belgrade",
        ContactName = "Nebojša Lalić",
        ContactEmail = "office@sanu.ac.rs",
        ReceivedOn = new DateOnly(2025, 11, 3),
        Summary = "The national academy of Serbia.",
    };
}

/// <summary>Entry point of the test data builders: <c>An.Application.InState(ApplicationState.Endorsed)</c>.</summary>
public static class An
{
    public static ApplicationBuilder Application => new();

    public static OrganizationBuilder Organization => new();
}
