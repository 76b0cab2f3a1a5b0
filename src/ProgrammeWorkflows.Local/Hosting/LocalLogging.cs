using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ProgrammeWorkflows.Local.Hosting;

/// <summary>
/// The local host's logs: one line each on the error stream, warnings and worse unless <c>Logging:LogLevel</c> says
/// otherwise (<c>Logging__LogLevel__Default=Information</c>), so the terminal keeps the command's own output readable.
/// </summary>
public static class LocalLogging
{
    public static ILoggerFactory Create(IConfiguration configuration) =>
        LoggerFactory.Create(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            });
            logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
}
