using System.CommandLine;
using ProgrammeWorkflows.Local.CommandLine;

var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
try
{
    return await LocalCommandLine.Create().Parse(args).InvokeAsync(configuration);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Stopped.");
    return 130;
}
catch (Exception e) when (LocalCommandLine.IsExpected(e))
{
    // A configuration or environment the host cannot run with: say why, without a stack trace.
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
