using Anso.Secretariat.Generator;

// dotnet run -c Release --project bench/Anso.Secretariat.Load -- generate --applications 50000 --to /tmp/anso-50k.db
// dotnet run -c Release --project bench/Anso.Secretariat.Load -- run [--applications 10000] [--sessions 10,25,50,100] [--json FILE]
var verb = args.FirstOrDefault();
switch (verb)
{
    case "generate":
    {
        var count = Arguments.Int(args, "--applications", 10_000);
        var file = Arguments.String(args, "--to", $"anso-{count / 1000}k.db");
        Console.WriteLine($"Generating {count:N0} applications into {Path.GetFullPath(file)}...");
        var result = await DataGenerator.CreateDatabaseAsync(file, new GeneratorOptions(count, DateOnly.FromDateTime(DateTime.UtcNow)), Console.Out);
        Console.WriteLine($"{result.Organizations:N0} organizations, {result.Applications:N0} applications, {result.Meetings} meetings, " +
                          $"{result.Decisions:N0} decisions in {result.Took.TotalSeconds:0} s");
        return 0;
    }
    default:
        Console.Error.WriteLine("Usage: generate --applications N --to FILE | run [options]; see README.md, Performance.");
        return 2;
}

static class Arguments
{
    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(String(args, name, ""), out var v) ? v : fallback;

    public static string String(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
