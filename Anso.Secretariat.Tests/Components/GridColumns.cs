using System.Linq.Expressions;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Anso.Secretariat.Tests.Components;

/// <summary>The expression that each <c>PropertyColumn</c> of a list page's grid holds, by the column's title.</summary>
internal static class GridColumns
{
    public static Dictionary<string, LambdaExpression> ExpressionsOf<TRow>(IRenderedComponent<IComponent> page) =>
        page.FindComponents<MudBlazor.Column<TRow>>()
            .Where(c => c.Instance.GetType().GetGenericTypeDefinition() == typeof(MudBlazor.PropertyColumn<,>))
            .ToDictionary(c => c.Instance.Title!, c => (LambdaExpression)c.Instance.GetType().GetProperty("Property")!.GetValue(c.Instance)!);

    /// <summary>
    /// MudBlazor compiles a column's expression again whenever it receives another instance (new code for the JIT at
    /// every render), so the page must hand each column the same one as before.
    /// </summary>
    public static void AssertTheSameAfterRendering<TRow>(IRenderedComponent<IComponent> page, Action renderAgain)
    {
        var before = ExpressionsOf<TRow>(page);
        Assert.NotEmpty(before);
        renderAgain();
        var after = ExpressionsOf<TRow>(page);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, column => Assert.Same(column.Value, after[column.Key]));
    }
}
