using Microsoft.Extensions.Hosting;
using ProgrammeWorkflows.Functions;

await FunctionsApp.CreateBuilder().Build().RunAsync();
