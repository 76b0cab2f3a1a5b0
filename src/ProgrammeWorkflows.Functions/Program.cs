using Microsoft.Extensions.Hosting;
using ProgrammeWorkflows.Functions;
using ProgrammeWorkflows.Functions.Errors;
using ProgrammeWorkflows.Functions.Security;
using ProgrammeWorkflows.Web.Security;

var host = new HostBuilder()
    .ConfigureFunctionsWebApplication(worker =>
    {
        worker.UseMiddleware<ResponseHeadersMiddleware>();
        worker.UseMiddleware<StorageOutageMiddleware>();
    })
    .ConfigureServices((context, services) => services.AddProgrammeFunctions(context.Configuration).AddProgrammeWebSecurity())
    .Build();

await host.RunAsync();
