using Microsoft.Extensions.Hosting;
using ProgrammeWorkflows.Functions;
using ProgrammeWorkflows.Functions.Errors;

var host = new HostBuilder()
    .ConfigureFunctionsWebApplication(worker => worker.UseMiddleware<StorageOutageMiddleware>())
    .ConfigureServices((context, services) => services.AddProgrammeFunctions(context.Configuration))
    .Build();

await host.RunAsync();
