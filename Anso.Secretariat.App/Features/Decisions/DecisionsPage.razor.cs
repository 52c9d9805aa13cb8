using System.Linq.Expressions;
using Anso.Secretariat.Domain.Meetings;

namespace Anso.Secretariat.App.Features.Decisions;

public partial class DecisionsPage
{
    /// <summary>
    /// The grid's columns, each made once for the process: MudBlazor's <c>PropertyColumn</c> compiles its expression
    /// whenever it receives another instance, and a lambda written in the markup is another instance at every render.
    /// </summary>
    private static class Columns
    {
        public static readonly Expression<Func<DecisionRow, DateOnly>> Date = r => r.Date;
        public static readonly Expression<Func<DecisionRow, string>> Meeting = r => r.Meeting;
        public static readonly Expression<Func<DecisionRow, string>> Item = r => r.Item;
        public static readonly Expression<Func<DecisionRow, string>> Decision = r => r.Decision;
        public static readonly Expression<Func<DecisionRow, DecisionOutcome>> Outcome = r => r.Outcome;
    }
}
