using System.Text.RegularExpressions;
using MimeKit;
using ProgrammeWorkflows.Domain;
using ProgrammeWorkflows.Domain.Programme;
using ProgrammeWorkflows.Workflows.Simulation;

namespace ProgrammeWorkflows.Local.Tests.Simulation;

/// <summary>The simulation's outputs agree with themselves and with the behaviours the seed drew.</summary>
[Collection(OneSimulatedProgramme.Name)]
public sealed partial class SimulationOutputTests(SimulatedProgramme simulation)
{
    private static readonly ProgrammeDefinition Programme = BuiltInProgrammes.CustomsActionProgramme;

    [Fact]
    public void The_summary_counts_what_the_files_hold()
    {
        var summary = simulation.Summary;
        Assert.Equal(43, summary.GetProperty("items").GetInt32());
        Assert.Equal(60, summary.GetProperty("cycles").GetInt32());
        Assert.Equal(17, summary.GetProperty("parties").GetInt32());
        Assert.Equal(simulation.Submissions.Count, summary.GetProperty("submissions").GetInt32());
        Assert.Equal(simulation.Escalations.Count, summary.GetProperty("escalations").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(Directory.GetFiles(simulation.PathOf("outbox"), "*.eml").Length, summary.GetProperty("mails").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(simulation.Submissions.Count, summary.GetProperty("mails").GetProperty("receipt").GetInt32());
        Assert.True(summary.GetProperty("wallSeconds").GetDouble() > 0);
        Assert.Contains("Done in", simulation.Run.Output, StringComparison.Ordinal);
        Assert.Matches(@"clock \d{4}-\d\d-\d\d · items open +\d+ \(closed \d+\) · submissions +\d+ · escalations +\d+ \(\d+ open\)", simulation.Run.Output);
    }

    [Fact]
    public void Every_escalation_is_of_a_party_that_had_not_answered_by_its_due_date()
    {
        Assert.NotEmpty(simulation.Escalations);
        foreach (var escalation in simulation.Escalations)
        {
            var dueEnd = new DateTimeOffset(escalation.DueDate.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
            Assert.DoesNotContain(simulation.Submissions, s =>
                s.Item == escalation.Item && s.Cycle == escalation.Cycle && s.Party == escalation.Party && s.SubmittedAt <= dueEnd);
            Assert.True(escalation.RaisedAt > dueEnd.AddDays(-1), $"{escalation.Id} raised {escalation.RaisedAt:o}, before its due date {escalation.DueDate}");
        }

        // Every decision the simulated Presidency takes shows: extensions with a new date, waivers. An extended escalation
        // whose party then delivered ends resolved by that submission; none reads "extended" after its party delivered.
        Assert.Contains(simulation.Escalations, e => e.Decisions.Any(d => d is { Kind: "extend", NewDueDate: not null }));
        Assert.Contains(simulation.Escalations, e => e.State == "resolved" && e.Decisions is [{ Kind: "extend" }, .., { Kind: "late-submission" }]);
        Assert.DoesNotContain(simulation.Escalations, e => e.State == "extended"
            && simulation.Submissions.Any(s => s.Item == e.Item && s.Cycle == e.Cycle && s.Party == e.Party));
        Assert.Contains(simulation.Escalations, e => e.State == "waived");
        Assert.All(simulation.Escalations, e => Assert.Contains(e.RaisedTo, Programme.Parties.Parties.Select(p => p.Code)));

        // Escalations left open at a rotation pass to the incoming Presidency: each handover from the holder of the
        // outgoing term to that of the incoming one, on its first day; the last one names who holds it.
        Assert.Contains(simulation.Escalations, e => e.Handovers.Count > 0);
        Assert.All(simulation.Escalations, e =>
        {
            var holder = e.RaisedTo;
            foreach (var handover in e.Handovers)
            {
                Assert.Equal(holder, handover.From);
                Assert.Equal(Programme.Presidencies.InOfficeOn(handover.On).Party, handover.To);
                Assert.Equal(Programme.Presidencies.InOfficeOn(handover.On.AddDays(-1)).Party, handover.From);
                holder = handover.To;
            }

            Assert.Equal(holder, e.HeldBy);
        });
    }

    [Fact]
    public void No_reminder_reaches_a_party_after_it_submitted()
    {
        var firstAnswer = simulation.Submissions
            .GroupBy(s => (s.Item, s.Cycle, s.Party))
            .ToDictionary(g => g.Key, g => g.Min(s => s.SubmittedAt));
        var reminders = 0;
        foreach (var file in Directory.EnumerateFiles(simulation.PathOf("outbox"), "*.eml"))
        {
            using var message = MimeMessage.Load(file);
            var kind = message.Headers["X-Notification-Kind"];
            if (kind is not ("reminder" or "overdue"))
                continue;
            reminders++;
            var key = (int.Parse(message.Headers["X-Programme-Item"]!, System.Globalization.CultureInfo.InvariantCulture), message.Headers["X-Programme-Cycle"]!, message.Headers["X-Programme-Party"]!);
            if (firstAnswer.TryGetValue(key, out var answered))
                Assert.True(message.Date < answered, $"{Path.GetFileName(file)} dated {message.Date:o}, after the answer of {answered:o}");
        }

        Assert.True(reminders > 100, $"only {reminders} reminders");
    }

    [Fact]
    public void Every_annual_report_lists_all_43_items_in_every_format()
    {
        foreach (var year in new[] { 1997, 1998 })
        {
            var matrix = File.ReadAllLines(simulation.PathOf("reports", $"annual-{year}-v1-matrix.csv"));
            Assert.Equal(Enumerable.Range(1, 43), matrix.Skip(1).Select(line => int.Parse(line.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)));
            var html = File.ReadAllText(simulation.PathOf("reports", $"annual-{year}-v1.html"));
            Assert.Contains($"{year}", html, StringComparison.Ordinal);
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            Assert.True(File.Exists(simulation.PathOf("reports", $"annual-{year}-v1.md")));
            Assert.True(File.Exists(simulation.PathOf("reports", $"annual-{year}-v1-submissions.csv")));
        }
    }

    [Theory]
    [InlineData(1997)]
    [InlineData(1998)]
    public void Each_annual_report_shows_what_was_submitted_and_raised_by_its_date(int year)
    {
        // The workflows lag the compressed clock; the report must still hold exactly what happened by its date.
        var asOf = Programme.FollowUp.AnnualReport.In(year + 1);
        var end = ProgrammeDay.End(asOf);
        var matrix = File.ReadAllLines(simulation.PathOf("reports", $"annual-{year}-v1-matrix.csv"));
        var parties = matrix[0].Split(',')[2..];
        var rows = matrix.Skip(1).Select(line => line.Split(',')).ToList();
        var cells = 0;
        foreach (var row in rows)
        {
            var (item, cycle) = (int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture), row[1]);
            foreach (var (party, state) in parties.Zip(row[2..]).Where(c => c.Second != "not-owed"))
            {
                var answered = simulation.Submissions.Any(s => s.Item == item && s.Cycle == cycle && s.Party == party && s.SubmittedAt < end);
                Assert.True(answered == state is "on-time" or "late", $"item {item} ({cycle}), {party}: \"{state}\" in the report of {year}; answered by {asOf:yyyy-MM-dd}: {answered}");
                cells++;
            }
        }

        Assert.True(cells > 400, $"only {cells} owed cells");
        var covered = rows.Select(row => (int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture), row[1])).ToHashSet();
        // The escalations of the period: raised after the previous year's report, by this one's date; some in every year.
        var from = ProgrammeDay.Start(new[] { Programme.Period.From, Programme.FollowUp.AnnualReport.In(year).AddDays(1) }.Max());
        var raised = simulation.Escalations.Count(e => covered.Contains((e.Item, e.Cycle)) && e.RaisedAt >= from && e.RaisedAt < end);
        Assert.True(raised > 0, $"no escalation raised in the period of {year}");
        Assert.Contains($" {raised} escalations to the Presidency raised since", File.ReadAllText(simulation.PathOf("reports", $"annual-{year}-v1.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_consolidated_report_of_item_6_names_exactly_the_states_that_missed_March_1998()
    {
        var markdown = File.ReadAllText(simulation.PathOf("reports", "consolidated-item06-1998-v1.md"));
        var named = MissingLine().Match(markdown) is { Success: true } m
            ? m.Groups["parties"].Value.Split(", ").ToHashSet()
            : [];

        var owing = Programme.Items.Single(i => i.Number == 6).Owners.ToHashSet();
        var answered = simulation.Submissions.Where(s => s is { Item: 6, Cycle: "1998" }).Select(s => s.Party).ToHashSet();
        var waived = simulation.Escalations.Where(e => e is { Item: 6, Cycle: "1998", State: "waived" }).Select(e => e.Party).ToHashSet();
        var missed = owing.Except(answered).Except(waived).ToHashSet();
        Assert.Equal(missed.Order(), named.Order());

        // And they are the parties the seed made silent.
        var behaviours = new SeededDelegateBehaviours(1997, BehaviourMix.Default);
        Assert.All(owing.Where(p => behaviours.BehaviourOf("csap1997", 6, "1998", p) == DelegateBehaviour.Never), p => Assert.Contains(p, named));
    }

    [GeneratedRegex(@"^Missing: (?<parties>[A-Z, ]+)\.$", RegexOptions.Multiline)]
    private static partial Regex MissingLine();
}
