using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Anso.Secretariat.App.Data;

/// <summary>
/// The model of each engine as EF builds it from the configurations, generated ahead as C# by
/// <c>dotnet ef dbcontext optimize</c> (<c>Data/CompiledModels/regenerate.sh</c>), so that a start does not spend a
/// second of CPU building it. A compiled model belongs to one provider: one folder and namespace per engine.
/// </summary>
public static class CompiledModel
{
    /// <summary>
    /// The engine's compiled model, or null while it is missing. Found by name rather than referenced, so that the app
    /// still builds while regenerate.sh has deleted the old one (after an entity is removed, the old one would not compile).
    /// Data/CompiledModelsTests fails when one is missing or differs from the model the configurations build.
    /// </summary>
    public static IModel? For(DatabaseProvider provider) =>
        typeof(CompiledModel).Assembly.GetType($"{typeof(CompiledModel).Namespace}.CompiledModels.{provider}.SecretariatDbContextModel")
            ?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IModel;
}
