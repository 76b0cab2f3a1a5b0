using System.CommandLine;
using System.Globalization;

namespace ProgrammeWorkflows.Local.CommandLine;

/// <summary><c>programme start [--from DATE] [--speed N] [--items 6,31]</c>: starts the programme in a running serve, through its API.</summary>
internal static class ProgrammeStartCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "Programme time starts at this date (yyyy-MM-dd); with --speed, compressed time. Default: programme time is wall time." };
        var speed = new Option<double?>("--speed") { Description = "Programme seconds per wall second (86400: a programme day per second)." };
        var items = new Option<string?>("--items") { Description = "Follow up only these timetable items, e.g. 6,31. Default: every item." };
        var url = RunningHost.UrlOption();
        var key = RunningHost.KeyOption();
        var command = new Command("start", "Start the programme in a running serve (once; a second start says it runs already).") { from, speed, items, url, key };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (numbers, wrong) = ItemNumbers(result.GetValue(items));
            if (wrong is not null)
                return ProblemReport.Refuse(result, wrong);
            var (host, problem) = RunningHost.From(result, url, key);
            if (host is null)
                return ProblemReport.Refuse(result, problem!);
            using (host)
            {
                var body = result.GetValue(from) is null && result.GetValue(speed) is null && numbers is null
                    ? null
                    : new { from = result.GetValue(from), speed = result.GetValue(speed), items = numbers };
                var (response, answer) = await host.PostAsync("api/programme/start", body, cancellationToken);
                if (!response.IsSuccessStatusCode)
                    return ProblemReport.Refuse(result, RunningHost.Describe(response, answer));
                var origin = answer.GetProperty("programmeOrigin").GetDateTimeOffset();
                var rate = answer.GetProperty("speed").GetDouble();
                var which = numbers is null ? string.Empty : $" (items {string.Join(", ", numbers)})";
                result.InvocationConfiguration.Output.WriteLine(
                    $"{(answer.GetProperty("started").GetBoolean() ? "Started" : "Already running")}: {answer.GetProperty("instanceId").GetString()}{which}, programme time from {origin:yyyy-MM-dd} at {rate.ToString("0.##", CultureInfo.InvariantCulture)} programme seconds per second. Dashboard: {host.Address}");
                return 0;
            }
        });
        return command;
    }

    /// <summary>"6,31" as numbers; whether they are items of the programme is the host's to say.</summary>
    private static (int[]? Numbers, string? Problem) ItemNumbers(string? text)
    {
        if (text is null)
            return (null, null);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var bad = parts.FirstOrDefault(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        return bad is null
            ? ([.. parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture))], null)
            : (null, $"--items: \"{bad}\" is not an item number; give item numbers separated by commas, e.g. 6,31");
    }
}
