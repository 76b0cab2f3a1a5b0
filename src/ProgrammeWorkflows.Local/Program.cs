using ProgrammeWorkflows.Local.CommandLine;

return await LocalCommandLine.Create().Parse(args).InvokeAsync();
