using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Domain.Escalations;
using ProgrammeWorkflows.Adapters.Rendering;
using ProgrammeWorkflows.Web.Pages;
using ProgrammeWorkflows.Web.Security;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Web.Escalations;

/// <summary>
/// <c>GET /presidency</c>: the escalation queue, oldest first, with counts per party and per item, and a form per
/// escalation to acknowledge, extend, waive or resolve it (<c>POST /presidency/escalations/{id}/{action}</c>). The forms
/// are authenticated by a cookie, so each carries an antiforgery token and a post from another site is refused (<see cref="PageForms"/>).
/// </summary>
public static class PresidencyPage
{
    public const string Route = "presidency";
    public const string DecideRoute = "presidency/escalations/{id}/{action}";

    private static readonly string[] QuickDecisions = ["acknowledge", "waive", "resolve"];

    public static async Task<IResult> ShowAsync(HttpContext http, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(http);

        var all = await http.RequestServices.GetRequiredService<IEscalationStore>().ListAsync(programmeId, http.RequestAborted);
        var queue = all.Where(e => !e.IsClosed).OrderBy(e => e.RaisedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var decided = all.Where(e => e.IsClosed).OrderByDescending(e => e.ResolvedAt).Take(50).ToList();
        var token = PageForms.TokenInput(http);
        var message = http.Request.Query["done"].ToString() is { Length: > 0 } done ? Html.Of($"""<div class="notice" role="status">{done}</div>""") : Html.Empty;

        return Layout.Page("Escalation queue", Html.Of($"""
            <h1>Escalation queue of the Presidency</h1>
            {message}
            <p>{queue.Count} open escalation{(queue.Count == 1 ? "" : "s")}, oldest first. {all.Count - queue.Count} decided.</p>
            {Counts("Open escalations per party", queue.GroupBy(e => e.Party).OrderByDescending(g => g.Count()).Select(g => (g.Key, g.Count())))}
            {Counts("Open escalations per item", queue.GroupBy(e => e.Item).OrderBy(g => g.Key).Select(g => ($"item {g.Key}", g.Count())))}
            <h2>Open</h2>
            {(queue.Count == 0 ? Html.Of($"<p class=\"muted\">Nothing to decide.</p>") : Table(queue, token))}
            <h2>Recently decided</h2>
            {(decided.Count == 0 ? Html.Of($"<p class=\"muted\">None yet.</p>") : Table(decided, token: null))}
            """));
    }

    public static async Task<IResult> DecideAsync(string id, string action, HttpRequest request, DurableTaskClient client, string programmeId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (PageForms.RefuseCrossSite(request) is { } crossSite)
            return crossSite;
        if (!request.HasFormContentType)
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The decision must be a form");
        var (form, unreadable) = await FormBody.ReadAsync(request);
        if (form is null)
            return unreadable!;
        if (await PageForms.RefuseWithoutTokenAsync(request.HttpContext) is { } forged)
            return forged;
        var newDueDate = form["newDueDate"].ToString() is { Length: > 0 } date ? date : null;
        var (asked, refusal) = DecisionAsked.Read(action, form["reason"], newDueDate);
        if (asked is null)
            return refusal!;
        var taken = await EscalationEndpoints.TakeAsync(id, asked, request.HttpContext, request.HttpContext.RequestServices.GetRequiredService<Workflows.Intake.EscalationDecisions>(), client, programmeId);
        return taken.Result is Microsoft.AspNetCore.Http.HttpResults.Ok<EscalationView> { Value: { } decided }
            ? Results.Redirect($"/{Route}?done={Uri.EscapeDataString($"Escalation {decided.Id}: {action} recorded.")}", permanent: false, preserveMethod: false)
            : taken.Result;
    }

    private static Html Counts(string title, IEnumerable<(string Name, int Count)> counts)
    {
        var rows = counts.ToList();
        return rows.Count == 0 ? Html.Empty : Html.Of($"""
            <h2>{title}</h2>
            <table><tbody><tr>{Html.Join(rows.Select(r => Html.Of($"<th scope=\"col\">{r.Name}</th>")))}</tr><tr>{Html.Join(rows.Select(r => Html.Of($"<td>{r.Count}</td>")))}</tr></tbody></table>
            """);
    }

    /// <param name="token">The antiforgery field of the decision forms; null for a table without them.</param>
    private static Html Table(IReadOnlyList<Escalation> escalations, Html? token) => Html.Of($"""
        <table><thead><tr><th scope="col">Raised</th><th scope="col">Item</th><th scope="col">Party</th><th scope="col">Due</th><th scope="col">Level</th><th scope="col">To</th><th scope="col">State</th>{(token is not null ? Html.Raw("<th scope=\"col\">Decide</th>") : Html.Empty)}</tr></thead><tbody>
        {Html.Join(escalations.Select(e => Html.Of($"""
            <tr id="{e.Id}"><td>{e.RaisedAt:d MMM yyyy}</td><td>{e.Item} ({e.Cycle})</td><td>{e.Party}</td><td>{e.DueDate:d MMM yyyy}</td><td>{e.Level}</td><td>{e.Presidency}</td><td>{e.State.ToName()}</td>{(token is not null ? Actions(e, token) : Html.Empty)}</tr>
            """)))}
        </tbody></table>
        """);

    private static Html Actions(Escalation e, Html token) => Html.Of($"""
        <td><form method="post" action="/{Route}/escalations/{e.Id}/extend" aria-label="Extend {e.Id}">{token}
          <label for="due-{e.Id}">New due date</label><input id="due-{e.Id}" name="newDueDate" type="date" required>
          <label for="why-{e.Id}">Reason</label><input id="why-{e.Id}" name="reason" required maxlength="{Escalation.MaxReasonLength}">
          <button type="submit">Extend</button>
        </form>
        {Html.Join(QuickDecisions.Where(a => a != "acknowledge" || e.State == EscalationState.Open).Select(a => Html.Of($"""
        <form method="post" action="/{Route}/escalations/{e.Id}/{a}" aria-label="{a} {e.Id}">{token}<input type="hidden" name="reason" value="{a}d by the Presidency"><button type="submit">{char.ToUpperInvariant(a[0]) + a[1..]}</button></form>
        """)))}</td>
        """);
}
