using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Adapters.Rendering;
using ProgrammeWorkflows.Web.Pages;

namespace ProgrammeWorkflows.Web.Replies;

/// <summary>The reply page: labelled fields, usable by keyboard, every text from a delegate encoded.</summary>
public static class ReplyPage
{
    public static Html Form(ReplyView view, Submission? confirmation)
    {
        ArgumentNullException.ThrowIfNull(view);
        var item = view.Item;
        var deadline = item.Deadline.Date is { } date
            ? Html.Of($"<p><strong>Deadline:</strong> {item.Deadline.Text} (read as {date:d MMMM yyyy}){(view.Due != date ? Html.Of($"; extended for {view.Party.Name} to <strong>{view.Due:d MMMM yyyy}</strong>") : Html.Empty)}.</p>")
            : Html.Of($"<p><strong>Standing obligation:</strong> the Presidency asks for its status by {view.Due:d MMMM yyyy}.</p>");
        var received = confirmation is null
            ? Html.Empty
            : Html.Of($"""<div class="notice" role="status"><strong>Received.</strong> Version {confirmation.Version} of the answer of {view.Party.Name}, recorded on {confirmation.SubmittedAt:d MMMM yyyy HH:mm} (programme time). A receipt is on its way{(view.Delegate is { } d ? Html.Of($" to {d.Email}") : Html.Empty)}. You may amend the answer until the item closes.</div>""");
        var latest = view.Earlier.Count > 0 ? view.Earlier[^1] : null;
        var form = view.State.IsClosed
            ? Html.Of($"""<div class="notice closed" role="status"><strong>This item is closed</strong> (since {view.State.ClosedAt?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}). Answers and amendments are no longer accepted.</div>""")
            : Html.Of($"""
                <h2>{(view.Earlier.Count == 0 ? "Your answer" : "Amend your answer")}</h2>
                <form method="post" enctype="multipart/form-data">
                  <label for="status">Status</label>
                  <select id="status" name="status" required>
                    {Html.Join(Enum.GetValues<SubmissionStatus>().Select(s => Html.Of($"""<option value="{s.ToName()}"{(latest?.Status == s ? Html.Raw(" selected") : Html.Empty)}>{ReplyForm.StatusLabel(s)}</option>""")))}
                  </select>
                  <label for="text">Text <span class="muted">(at most {Submission.MaxTextLength} characters)</span></label>
                  <textarea id="text" name="text" maxlength="{Submission.MaxTextLength}">{latest?.Text}</textarea>
                  <label for="attachments">Attachments <span class="muted">(PDF, DOCX, XLSX, ODT or TXT; at most {ReplyForm.MaxAttachments} files of 10 MB)</span></label>
                  <input id="attachments" name="attachments" type="file" multiple accept=".pdf,.docx,.xlsx,.odt,.txt">
                  <button type="submit">Send the answer</button>
                </form>
                """);
        return Html.Of($"""
            <h1>Item {item.Number}: {item.Section}</h1>
            {received}
            <p>{item.Text}</p>
            {deadline}
            <p><strong>Answering for:</strong> {view.Party.Name} ({view.Party.Code}){(view.Delegate is { } who ? Html.Of($", as {who.Name}") : Html.Empty)}. <strong>Cycle:</strong> {view.Cycle.Cycle}.</p>
            {form}
            <h2>Earlier answers of {view.Party.Name}</h2>
            {(view.Earlier.Count == 0 ? Html.Of($"<p class=\"muted\">None yet.</p>") : Earlier(view.Earlier))}
            """);
    }

    private static Html Earlier(IReadOnlyList<Submission> earlier) => Html.Of($"""
        <table><thead><tr><th scope="col">Version</th><th scope="col">Recorded</th><th scope="col">Status</th><th scope="col">Text</th><th scope="col">Attachments</th></tr></thead><tbody>
        {Html.Join(earlier.OrderByDescending(s => s.Version).Select(s => Html.Of($"""<tr><td>{s.Version}</td><td>{s.SubmittedAt:d MMM yyyy HH:mm}</td><td>{ReplyForm.StatusLabel(s.Status)}</td><td class="pre">{s.Text}</td><td>{string.Join(", ", s.Attachments.Select(a => a.Name))}</td></tr>""")))}
        </tbody></table>
        """);
}
