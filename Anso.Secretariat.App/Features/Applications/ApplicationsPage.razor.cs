using System.Linq.Expressions;
using Anso.Secretariat.Domain.Applications;

namespace Anso.Secretariat.App.Features.Applications;

public partial class ApplicationsPage
{
    /// <summary>
    /// The grid's columns, each made once for the process. MudBlazor's <c>PropertyColumn</c> compiles its expression into
    /// new code whenever it receives another instance, and a lambda written in the markup is another instance at every
    /// render: a navigation in the list compiled seven methods and the JIT compiled them again.
    /// </summary>
    private static class Columns
    {
        public static readonly Expression<Func<ApplicationRow, int>> Number = r => r.Id;
        public static readonly Expression<Func<ApplicationRow, string>> Organization = r => r.OrganizationName;
        public static readonly Expression<Func<ApplicationRow, string>> Country = r => r.CountryName;
        public static readonly Expression<Func<ApplicationRow, string>> Category = r => r.Category;
        public static readonly Expression<Func<ApplicationRow, ApplicationState>> State = r => r.State;
        public static readonly Expression<Func<ApplicationRow, string?>> ListedAt = r => r.ListedAt;
        public static readonly Expression<Func<ApplicationRow, DateOnly>> Received = r => r.ReceivedOn;
    }
}
