using System.Text.Json.Nodes;
using ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

namespace ProgrammeWorkflows.FunctionsHost.Tests;

/// <summary>
/// Item 6 (the 15 Member States report by 31 March 1998; it opened on 1 July 1997) followed up at two programme days a
/// wall second. From 20 February 1998: the invitations at once, the reminders 30, 7 and 1 days before within 20 s, the
/// escalations at the deadline after about 20 s, the close (60 days on) after about 50 s.
/// </summary>
internal static class ItemSix
{
    public static readonly string[] Owners = ["BE", "DK", "DE", "EL", "ES", "FR", "IE", "IT", "LU", "NL", "AT", "PT", "FI", "SE", "UK"];

    private static readonly int[] ItemSixOnly = [6];

    /// <summary>The body of a programme start: item 6 only, from <paramref name="from"/>, two programme days a wall second.</summary>
    public static object From(string from) => new { from, speed = 2 * 86_400, items = ItemSixOnly };

    /// <summary>Generous for the compressed clock's lag behind a loaded 2-core machine; nothing waits on programme time itself.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(150);

    public static async Task<JsonNode> CycleAsync(FunctionsHostFixture host) =>
        (await host.GetJsonAsync("/api/items/6"))["cycles"]!.AsArray().Single(c => (string?)c!["cycle"] == "1998")!;

    public static async Task<JsonArray> EscalationsAsync(FunctionsHostFixture host, string query = "") =>
        (await host.GetJsonAsync("/api/escalations?item=6&pageSize=200" + query))["items"]!.AsArray();
}
