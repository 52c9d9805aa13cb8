using System.Text.RegularExpressions;
using Anso.Secretariat.App.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Anso.Secretariat.Tests.Data;

/// <summary>
/// The app starts on a compiled model (Data/CompiledModels), generated from the configurations: after a change to an
/// entity, a configuration or a convention it is out of date until <c>Data/CompiledModels/regenerate.sh</c> is run.
/// </summary>
public partial class CompiledModelsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Each_engine_has_its_compiled_model(DatabaseProvider provider)
    {
        var model = CompiledModel.For(provider);

        Assert.NotNull(model);
        Assert.Same(model, ModelOf(provider, compiledModel: true));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void The_compiled_model_is_the_model_the_configurations_build(DatabaseProvider provider)
    {
        var builtModel = ModelOf(provider, compiledModel: false);
        Assert.NotSame(CompiledModel.For(provider), builtModel); // EF finds no compiled model by itself
        var built = Describe(builtModel);
        var compiled = Describe(ModelOf(provider, compiledModel: true));

        // Entity types, properties (types, nullability, lengths, conversions), keys, foreign keys, indexes, and the tables
        // and columns EF maps them to, each on one line.
        var missing = built.Except(compiled).ToList();
        var extra = compiled.Except(built).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The {provider} compiled model is out of date: run Anso.Secretariat.App/Data/CompiledModels/regenerate.sh.\n" +
            $"Only in the configurations:\n  {string.Join("\n  ", missing)}\nOnly in the compiled model:\n  {string.Join("\n  ", extra)}");
    }

    private static IModel ModelOf(DatabaseProvider provider, bool compiledModel)
    {
        // Building a model opens no connection.
        var target = provider == DatabaseProvider.Sqlite
            ? DatabaseTarget.Sqlite("Data Source=:memory:")
            : DatabaseTarget.PostgreSql(DesignTimeFactory.PostgreSqlDesignTimeConnectionString);
        var options = new DbContextOptionsBuilder<SecretariatDbContext>();
        target.Configure(options, compiledModel);
        using var db = new SecretariatDbContext(options.Options);
        return db.Model;
    }

    /// <summary>EF's own long description of the model and of its tables, one line per item, with the owner's name in front.</summary>
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var text in new[]
                 {
                     model.ToDebugString(MetadataDebugStringOptions.LongDefault),
                     model.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault),
                 })
        {
            var owners = new Stack<(int Indent, string Line)>();
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.TrimEnd();
                if (line.Trim().Length == 0) continue;
                var indent = line.Length - line.TrimStart().Length;
                while (owners.Count > 0 && owners.Peek().Indent >= indent) owners.Pop();
                var path = string.Join(" / ", owners.Reverse().Select(o => o.Line).Append(line.Trim()));
                // The generator also writes the owning table's annotations on a complex type (Meeting's Venue), which
                // the model built at runtime does not: its columns are compared in the relational model.
                if (!ComplexTypeAnnotation().IsMatch(path)) lines.Add(path);
                owners.Push((indent, line.Trim()));
            }
        }
        return lines;
    }

    [GeneratedRegex(@"ComplexType: [^/]+ / Annotations:")]
    private static partial Regex ComplexTypeAnnotation();
}
