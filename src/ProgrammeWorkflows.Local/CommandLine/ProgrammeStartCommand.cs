using System.CommandLine;
using System.Globalization;

namespace ProgrammeWorkflows.Local.CommandLine;

/// <summary><c>programme start [--from DATE] [--speed N]</c>: starts the programme in a running serve, through its API.</summary>
internal static class ProgrammeStartCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "Programme time starts at this date (yyyy-MM-dd); with --speed, compressed time. Default: programme time is wall time." };
        var speed = new Option<double?>("--speed") { Description = "Programme seconds per wall second (86400: a programme day per second)." };
        var url = RunningHost.UrlOption();
        var key = RunningHost.KeyOption();
        var command = new Command("start", "Start the programme in a running serve (once; a second start says it runs already).") { from, speed, url, key };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (host, problem) = RunningHost.From(result, url, key);
            if (host is null)
                return ProblemReport.Refuse(result, problem!);
            using (host)
            {
                var body = result.GetValue(from) is null && result.GetValue(speed) is null ? null : new { from = result.GetValue(from), speed = result.GetValue(speed) };
                var (response, answer) = await host.PostAsync("api/programme/start", body, cancellationToken);
                if (!response.IsSuccessStatusCode)
                    return ProblemReport.Refuse(result, RunningHost.Describe(response, answer));
                var origin = answer.GetProperty("programmeOrigin").GetDateTimeOffset();
                var rate = answer.GetProperty("speed").GetDouble();
                result.InvocationConfiguration.Output.WriteLine(
                    $"{(answer.GetProperty("started").GetBoolean() ? "Started" : "Already running")}: {answer.GetProperty("instanceId").GetString()}, programme time from {origin:yyyy-MM-dd} at {rate.ToString("0.##", CultureInfo.InvariantCulture)} programme seconds per second. Dashboard: {host.Address}");
                return 0;
            }
        });
        return command;
    }
}
