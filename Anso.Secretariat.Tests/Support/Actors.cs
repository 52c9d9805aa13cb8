using Anso.Secretariat.Domain.Applications;

namespace Anso.Secretariat.Tests.Support;

public static class Actors
{
    public static readonly DateTimeOffset SomeMoment = new(2025, 11, 20, 9, 30, 0, TimeSpan.FromHours(8));

    /// <summary>A member of the secretariat doing something at a given moment.</summary>
    public static Actor Secretary(string name = "Li Wei", DateTimeOffset? at = null) => new(name, at ?? SomeMoment);
}
