var builder = WebApplication.CreateBuilder(args);

// Production: read secrets from the team's Key Vault with the app's managed identity.
if (builder.Environment.IsProduction() && builder.Configuration["KeyVault:Uri"] is { } vault)
{
    builder.Configuration.AddAzureKeyVault(new Uri(vault), new Azure.Identity.DefaultAzureCredential());
}

var notes = builder.Configuration.GetConnectionString("Notes");
if (string.IsNullOrWhiteSpace(notes) || notes.StartsWith("set-with-"))
{
    throw new InvalidOperationException("ConnectionStrings:Notes is not configured (see README: user-secrets).");
}

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
