using Microsoft.Extensions.Hosting;
using ProgrammeWorkflows.Functions;

var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .ConfigureServices((context, services) => services.AddProgrammeFunctions(context.Configuration))
    .Build();

await host.RunAsync();
