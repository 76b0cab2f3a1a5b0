using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;
using ProgrammeWorkflows.Workflows.Items;
using ProgrammeWorkflows.Workflows.Ports;
using ProgrammeWorkflows.Local.Hosting;
using ProgrammeWorkflows.Workflows.Telemetry;
using ProgrammeWorkflows.Workflows.Tests.Infrastructure;

namespace ProgrammeWorkflows.Workflows.Tests.Telemetry;

/// <summary>
/// The traces an operator reads: one delegate's answer, from the HTTP request to the raised event, collected in-process
/// through the local host's own registration (<see cref="LocalTelemetry"/>) with an in-memory exporter.
/// </summary>
[Collection(OnTheDurableEngine.Name)]
public sealed class ReplyTraceTests(WorkflowHost host)
{
    private static readonly IConfiguration Nothing = new ConfigurationBuilder().Build();

    [Fact]
    public async Task One_reply_is_one_trace_from_the_request_through_the_intake_and_its_storage_calls_to_the_raised_event()
    {
        var item = await LiveItem.StartAsync(host, 19, daysPerSecond: 0.5);
        var link = await item.LinkAsync("FR");
        var spans = new Spans();
        using (var tracing = LocalTelemetry.Start(Nothing, t => t.AddInMemoryExporter(spans)))
        {
            Assert.NotNull(tracing);
            var answered = await host.Http.PostAsync(link, AnswerForm.Of("done", "Traced answer"));
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

            // The server span ends once the response is written, so it may be exported just after the client has it; the
            // receipt goes by its own delivery orchestration, in the same trace, which ends when it has sent the mail.
            await Eventually.GetAsync(() => Task.FromResult(ServerSpanOf(spans.Snapshot(), link)), $"the server span of POST {link}");
            var traceId = ServerSpanOf(spans.Snapshot(), link)!.TraceId;
            await Eventually.HoldsAsync(
                () =>
                {
                    var sofar = spans.Snapshot().Where(s => s.TraceId == traceId).ToList();
                    return Task.FromResult(sofar.Any(s => s.DisplayName == "orchestration:MailDeliveryOrchestrator") && Roots(sofar).Count() == 1);
                },
                "the receipt's delivery orchestration ended, and every span of the trace with it");
        }

        var server = ServerSpanOf(spans.Snapshot(), link)!;
        var trace = spans.Snapshot().Where(s => s.TraceId == server.TraceId).ToList();
        Assert.Equal("POST", server.GetTagItem("http.request.method"));
        Assert.Equal("POST /reply/{token}", server.DisplayName);

        var intake = Assert.Single(trace, s => s.Source.Name == WorkflowTelemetry.SourceName && s.DisplayName == "submission intake");
        Assert.Equal(server.SpanId, intake.ParentSpanId);
        Assert.Equal(item.Cycle.ProgrammeId, intake.GetTagItem(WorkflowTelemetry.ProgrammeId));
        Assert.Equal(19, intake.GetTagItem(WorkflowTelemetry.Item));
        Assert.Equal(item.Cycle.Cycle, intake.GetTagItem(WorkflowTelemetry.Cycle));
        Assert.Equal("FR", intake.GetTagItem(WorkflowTelemetry.Party));
        Assert.Equal(1, intake.GetTagItem("submission.version"));

        // The stores' calls are the Azure SDK's spans (Azure.Data.Tables), under the intake, each with its HTTP call to storage.
        var tableCalls = trace.Where(s => s.Source.Name.StartsWith("Azure.Data.Tables", StringComparison.Ordinal) && s.ParentSpanId == intake.SpanId).ToList();
        Assert.NotEmpty(tableCalls);
        Assert.Contains(trace, s => s.Kind == ActivityKind.Client && s.GetTagItem("http.request.method") is not null && tableCalls.Any(c => IsUnder(s, c, trace)));

        // Raised after the store calls, under the intake, with the engine's call under it.
        var raised = Assert.Single(trace, s => s.Source.Name == WorkflowTelemetry.SourceName && s.DisplayName == "raise event");
        Assert.Equal(intake.SpanId, raised.ParentSpanId);
        Assert.Equal(FollowUpEvents.Submission("FR"), raised.GetTagItem("durabletask.event.name"));
        Assert.Equal(item.Cycle.InstanceId, raised.GetTagItem("durabletask.instance.id"));
        Assert.Equal(ActivityStatusCode.Unset, raised.Status);
        Assert.Contains(trace, s => s.ParentSpanId == raised.SpanId);

        // The receipt: recorded under the intake, then sent by its delivery orchestration and activity, all in the trace.
        var receipt = Assert.Single(trace, s => s.Source.Name == WorkflowTelemetry.SourceName && s.DisplayName == "submission receipt");
        Assert.Equal(intake.SpanId, receipt.ParentSpanId);
        var sent = Assert.Single(trace, s => s.Source.Name == WorkflowTelemetry.SourceName && s.DisplayName == "mail send");
        Assert.True(IsUnder(sent, receipt, trace));
        Assert.Equal(("FR", NotificationKinds.Receipt), ((string?)sent.GetTagItem(WorkflowTelemetry.Party), (string?)sent.GetTagItem("mail.kind")));
        Assert.StartsWith($"{item.Cycle.ProgrammeId}.19.{item.Cycle.Cycle}.FR.receipt.v1.", (string?)sent.GetTagItem(WorkflowTelemetry.OutboxId), StringComparison.Ordinal);

        // One tree: a single root (the test's own HTTP call), every other span under it, nothing orphaned.
        var root = Assert.Single(Roots(trace));
        Assert.True(server == root || IsUnder(server, root, trace));
        Assert.All(trace.Where(s => s != root), s => Assert.True(IsUnder(s, root, trace), s.DisplayName));
    }

    [Fact]
    public void Without_a_collector_the_local_host_starts_no_tracer_provider()
    {
        // Unless this environment names a collector itself, as an operator would.
        using (var unconfigured = LocalTelemetry.Start(Nothing))
            Assert.Equal(Environment.GetEnvironmentVariable(LocalTelemetry.EndpointVariable) is { Length: > 0 }, unconfigured is not null);
        using var configured = LocalTelemetry.Start(new ConfigurationBuilder().AddInMemoryCollection([new(LocalTelemetry.EndpointSetting, "http://127.0.0.1:4317")]).Build());
        Assert.NotNull(configured);
        Assert.Throws<LocalConfigurationException>(() => LocalTelemetry.Start(new ConfigurationBuilder().AddInMemoryCollection([new(LocalTelemetry.EndpointSetting, "not a url")]).Build()));
    }

    private static Activity? ServerSpanOf(IReadOnlyList<Activity> spans, string path) =>
        spans.FirstOrDefault(s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("http.route") == "/reply/{token}" && (string?)s.GetTagItem("url.path") == path);

    private static IEnumerable<Activity> Roots(IReadOnlyList<Activity> trace) => trace.Where(s => !trace.Any(p => p.SpanId == s.ParentSpanId));

    private static bool IsUnder(Activity span, Activity ancestor, IReadOnlyList<Activity> trace)
    {
        var byId = trace.ToDictionary(s => s.SpanId);
        for (var parent = span.ParentSpanId; byId.TryGetValue(parent, out var next); parent = next.ParentSpanId)
        {
            if (next == ancestor)
                return true;
        }

        return false;
    }

    /// <summary>The exported spans: written by the exporter while the test reads them.</summary>
    private sealed class Spans : Collection<Activity>
    {
        private readonly Lock gate = new();

        public IReadOnlyList<Activity> Snapshot()
        {
            lock (gate)
                return [.. this];
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (gate)
                base.InsertItem(index, item);
        }
    }
}
