using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;

// Developers' aid for hand-written migrations (tools/new-migration.py): print the schema the model creates.
if (args.Contains("--print-schema"))
{
    Console.Write(DatabaseSetup.CreateScript());
    return;
}

var app = SecretariatApp.Build(args);
await SecretariatApp.PrepareDatabaseAsync(app);
await app.RunAsync();
