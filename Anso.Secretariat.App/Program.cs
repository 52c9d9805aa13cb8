using Anso.Secretariat.App;
using Anso.Secretariat.App.Data;
using Anso.Secretariat.App.Features.Account;
using Anso.Secretariat.App.Features.Backup;
using Anso.Secretariat.App.Features.Integrity;

// `backup --to FILE` and `restore --from FILE [--force]`: the operator's verbs, without starting the web server.
if (BackupCommands.IsCommand(args))
{
    Environment.ExitCode = await BackupCommands.RunAsync(args, Console.Out, Console.Error);
    return;
}

// `verify`: walks the hash chains of the history, the decisions and the minutes approvals.
if (IntegrityCommands.IsCommand(args))
{
    Environment.ExitCode = await IntegrityCommands.RunAsync(args, Console.Out, Console.Error);
    return;
}

WebApplication app;
var sinceMain = System.Diagnostics.Stopwatch.StartNew();
try
{
    app = SecretariatApp.Build(args);
    var phases = new StartUpPhases(app.Services);
    phases.Done($"runtime to Main {(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds - sinceMain.Elapsed.TotalMilliseconds:0} ms; host built in {sinceMain.Elapsed.TotalMilliseconds:0} ms");
    await SecretariatApp.PrepareDatabaseAsync(app);
}
catch (Exception refused) when (refused is DemoPasswordRefusedException or DatabaseUnavailableException)
{
    // The operator's setting or file, not a bug: one line that says what to change, and no stack trace.
    Console.Error.WriteLine(refused.Message);
    Environment.ExitCode = 1;
    return;
}
{
    var phases = new StartUpPhases(app.Services);
    await app.StartAsync();
    var process = System.Diagnostics.Process.GetCurrentProcess();
    phases.Done($"hosted services and Kestrel started; {(DateTime.Now - process.StartTime).TotalMilliseconds:0} ms since the process started, {process.TotalProcessorTime.TotalMilliseconds:0} ms of CPU");
}
await app.WaitForShutdownAsync();
