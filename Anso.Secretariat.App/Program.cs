using Anso.Secretariat.App;
using Anso.Secretariat.App.Features.Account;

var app = SecretariatApp.Build(args);
try
{
    await SecretariatApp.PrepareDatabaseAsync(app);
}
catch (DemoPasswordRefusedException refused)
{
    // The operator's setting, not a bug: one line that says what to change, and no stack trace.
    Console.Error.WriteLine(refused.Message);
    Environment.ExitCode = 1;
    return;
}
await app.RunAsync();
