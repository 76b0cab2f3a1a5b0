using ProgrammeWorkflows.Local.CommandLine;

return await LocalCommandLine.InvokeAsync(args);
