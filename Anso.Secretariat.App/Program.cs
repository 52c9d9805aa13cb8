using Anso.Secretariat.App;

var app = SecretariatApp.Build(args);
await SecretariatApp.PrepareDatabaseAsync(app);
await app.RunAsync();
