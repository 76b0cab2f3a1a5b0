using System.CommandLine;
using System.Text.Json;
using ProgrammeWorkflows.Local.CommandLine;

namespace ProgrammeWorkflows.Local.Reports;

/// <summary><c>report annual --year YYYY</c>: produces the annual report of a year now, in a running serve, and says where to read it.</summary>
internal static class ReportCommands
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = "The programme year (1997 or 1998).", Required = true };
        var url = RunningHost.UrlOption();
        var key = RunningHost.KeyOption();
        var annual = new Command("annual", "Produce the annual report to the Council for a year now (a new version if there is one), as the timer does on its date.") { year, url, key };
        annual.SetAction(async (result, cancellationToken) =>
        {
            var (host, problem) = RunningHost.From(result, url, key);
            if (host is null)
                return ProblemReport.Refuse(result, problem!);
            using (host)
            {
                var before = await AnnualReportsAsync(host, cancellationToken);
                var (response, answer) = await host.PostAsync($"api/reports/annual/{result.GetValue(year)}", null, cancellationToken);
                if (!response.IsSuccessStatusCode)
                    return ProblemReport.Refuse(result, RunningHost.Describe(response, answer));

                using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                patience.CancelAfter(Patience);
                using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
                try
                {
                    while (await poll.WaitForNextTickAsync(patience.Token))
                    {
                        var produced = (await AnnualReportsAsync(host, patience.Token)).Except(before).FirstOrDefault(id => id.StartsWith($"annual-{result.GetValue(year)}-", StringComparison.Ordinal));
                        if (produced is not null)
                        {
                            result.InvocationConfiguration.Output.WriteLine($"Annual report {result.GetValue(year)}: {new Uri(host.Address, $"reports/{produced}")} (also ?format=md, csv, matrix.csv)");
                            return 0;
                        }
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Out of patience: below.
                }

                result.InvocationConfiguration.Error.WriteLine($"error: the report was started ({answer.GetProperty("instanceId").GetString()}) but is not listed after {Patience.TotalSeconds:0} s; GET /api/reports will show it.");
                return 2;
            }
        });
        return new Command("report", "Reports to the Council.") { annual };
    }

    private static async Task<HashSet<string>> AnnualReportsAsync(RunningHost host, CancellationToken cancellationToken)
    {
        var (response, body) = await host.GetAsync("api/reports", cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"GET /api/reports: {RunningHost.Describe(response, body)}");
        return [.. body.EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "annual").Select(r => r.GetProperty("id").GetString()!)];
    }
}
