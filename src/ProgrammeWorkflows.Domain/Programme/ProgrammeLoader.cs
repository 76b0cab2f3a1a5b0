using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProgrammeWorkflows.Domain.Deadlines;
using ProgrammeWorkflows.Domain.Parties;

namespace ProgrammeWorkflows.Domain.Programme;

/// <summary>
/// Reads and validates a programme file. It refuses duplicate numbers, unknown party codes, unreadable deadlines,
/// a date or rule that disagrees with the reading of its phrase, missing text and unknown recurrences, and says where
/// (item number and field). It returns every problem it finds, or a programme: never a half-loaded one.
/// </summary>
public static class ProgrammeLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public static Validated<ProgrammeDefinition> Load(string json)
    {
        ProgrammeFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ProgrammeFile>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "file" : $"file at {e.Path}" + (e.LineNumber is { } line ? $" (line {line + 1})" : string.Empty);
            return Validated.Invalid<ProgrammeDefinition>([new Problem(where, FirstSentence(e.Message))]);
        }

        return file is null
            ? Validated.Invalid<ProgrammeDefinition>([new Problem("file", "the file is empty (JSON null)")])
            : new Reader(file).Read();
    }

    public static Validated<ProgrammeDefinition> LoadFile(string path)
    {
        if (!File.Exists(path))
            return Validated.Invalid<ProgrammeDefinition>([new Problem(path, "no such file")]);
        return Load(File.ReadAllText(path));
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class Reader(ProgrammeFile file)
    {
        private readonly List<Problem> problems = [];

        public Validated<ProgrammeDefinition> Read()
        {
            var id = Required(file.Id, "programme", "id");
            if (id is not null && !IsIdentifier(id))
                Add("programme", "id", $"\"{id}\" must be lower-case letters and digits (it is part of every instance id)");
            var title = Required(file.Title, "programme", "title");
            var source = file.Source?.Trim() ?? string.Empty;
            var period = ReadPeriod();
            var parties = ReadParties();
            var presidencies = ReadPresidencies(parties);
            var followUp = ReadFollowUp();
            var items = ReadItems(parties);
            if (period is not null && presidencies is not null && (presidencies.Terms[0].From > period.From || presidencies.Terms[^1].To < period.To))
                Add("programme", "presidencies", $"cover {presidencies.Terms[0].From:yyyy-MM-dd} to {presidencies.Terms[^1].To:yyyy-MM-dd}; they must cover the whole period, {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd} (an escalation goes to the Presidency in office)");

            if (problems.Count > 0 || parties is null || period is null || presidencies is null || followUp is null)
                return Validated.Invalid<ProgrammeDefinition>(problems);

            return Validated.Valid<ProgrammeDefinition>(
                new ProgrammeDefinition(id!, title!, source, period, parties, presidencies, followUp, items));
        }

        private ProgrammePeriod? ReadPeriod()
        {
            if (file.Period is null)
            {
                Add("programme", "period", "is missing");
                return null;
            }

            var from = Date(file.Period.From, "programme", "period.from");
            var to = Date(file.Period.To, "programme", "period.to");
            if (from is null || to is null)
                return null;
            if (to < from)
            {
                Add("programme", "period", "ends before it starts");
                return null;
            }

            return new ProgrammePeriod(from.Value, to.Value);
        }

        private PartyRegister? ReadParties()
        {
            if (file.Parties is null || file.Parties.Count == 0)
            {
                Add("programme", "parties", "is missing or empty");
                return null;
            }

            var parties = new List<Party>();
            for (var i = 0; i < file.Parties.Count; i++)
            {
                var where = $"party {i + 1}";
                var party = file.Parties[i];
                if (party is null)
                {
                    Add(where, "party", "is null");
                    continue;
                }

                var code = Required(party.Code, where, "code");
                var name = Required(party.Name, where, "name");
                if (code is not null && !PartyCodePattern(code))
                    Add(where, "code", $"\"{code}\" must be 2 or 3 capital letters");
                if (!PartyKindNames.TryParse(party.Kind, out var kind))
                    Add(where, "kind", $"\"{party.Kind}\" is not one of member-state, council-body, commission");
                if (code is not null && parties.Any(p => p.Code == code))
                    Add(where, "code", $"\"{code}\" appears twice");
                else if (code is not null && name is not null)
                    parties.Add(new Party(code, name, kind));
            }

            var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (name, members) in file.Groups ?? new Dictionary<string, IReadOnlyList<string?>?>())
            {
                var where = $"group {name}";
                if (parties.Any(p => p.Code == name))
                    Add(where, "name", "is also a party code");
                var codes = new List<string>();
                foreach (var member in members ?? [])
                {
                    if (member is null || !parties.Any(p => p.Code == member))
                        Add(where, "members", $"unknown party code \"{member}\"");
                    else
                        codes.Add(member);
                }

                if (codes.Count == 0)
                    Add(where, "members", "is empty");
                groups[name] = codes;
            }

            return new PartyRegister(parties, groups);
        }

        private PresidencyRotation? ReadPresidencies(PartyRegister? parties)
        {
            if (file.Presidencies is null || file.Presidencies.Count == 0)
            {
                Add("programme", "presidencies", "is missing or empty");
                return null;
            }

            var terms = new List<PresidencyTerm>();
            for (var i = 0; i < file.Presidencies.Count; i++)
            {
                var p = file.Presidencies[i];
                var where = $"presidency {p?.Term ?? (i + 1).ToString(CultureInfo.InvariantCulture)}";
                if (p is null)
                {
                    Add(where, "presidency", "is null");
                    continue;
                }

                var term = Required(p.Term, where, "term");
                var from = Date(p.From, where, "from");
                var to = Date(p.To, where, "to");
                var party = Required(p.Party, where, "party");
                if (party is not null && parties is not null && (!parties.Contains(party) || parties[party].Kind != PartyKind.MemberState))
                    Add(where, "party", $"\"{party}\" is not a Member State of the programme");
                if (term is not null && from is not null && to is not null && party is not null)
                    terms.Add(new PresidencyTerm(term, from.Value, to.Value, party));
            }

            foreach (var problem in PresidencyRotation.FindGapsAndOverlaps(terms))
                Add("programme", "presidencies", problem);
            return terms.Count == 0 ? null : new PresidencyRotation(terms);
        }

        private FollowUpPolicy? ReadFollowUp()
        {
            var f = file.FollowUp;
            if (f is null)
                return FollowUpPolicy.Default;
            var defaults = FollowUpPolicy.Default;
            var ladder = f.ReminderDaysBefore ?? defaults.ReminderDaysBefore;
            if (ladder.Any(d => d <= 0) || ladder.Distinct().Count() != ladder.Count)
                Add("followUp", "reminderDaysBefore", "must be distinct whole numbers of days, each at least 1");
            var every = Positive(f.OverdueReminderEveryDays, defaults.OverdueReminderEveryDays, "overdueReminderEveryDays");
            var most = f.OverdueRemindersAtMost ?? defaults.OverdueRemindersAtMost;
            if (most < 0)
                Add("followUp", "overdueRemindersAtMost", "must not be negative");
            var second = Positive(f.SecondLevelAfterDays, defaults.SecondLevelAfterDays, "secondLevelAfterDays");
            var close = Positive(f.CloseAfterDays, defaults.CloseAfterDays, "closeAfterDays");
            if (close <= second)
                Add("followUp", "closeAfterDays", "must be later than secondLevelAfterDays, or the second level never happens");
            var status = Annual(f.StatusRequest, defaults.StatusRequest, "statusRequest");
            var report = Annual(f.AnnualReport, defaults.AnnualReport, "annualReport");
            return new FollowUpPolicy([.. ladder.OrderByDescending(d => d)], every, most, second, close, status, report);
        }

        private int Positive(int? value, int fallback, string field)
        {
            var v = value ?? fallback;
            if (v <= 0)
                Add("followUp", field, "must be at least 1 day");
            return v;
        }

        private AnnualDate Annual(AnnualDateFile? value, AnnualDate fallback, string field)
        {
            if (value is null)
                return fallback;
            if (value.Month is not (>= 1 and <= 12) || value.Day is not (>= 1 and <= 31)
                || value.Day > DateTime.DaysInMonth(2001, value.Month.Value))
            {
                Add("followUp", field, $"month {value.Month} and day {value.Day} are not a day of the year");
                return fallback;
            }

            return new AnnualDate(value.Month.Value, value.Day.Value);
        }

        private List<TimetableItem> ReadItems(PartyRegister? parties)
        {
            var items = new List<TimetableItem>();
            if (file.Items is null || file.Items.Count == 0)
            {
                Add("programme", "items", "is missing or empty");
                return items;
            }

            var seen = new HashSet<int>();
            for (var i = 0; i < file.Items.Count; i++)
            {
                var item = file.Items[i];
                if (item is null)
                {
                    Add($"items[{i}]", "item", "is null");
                    continue;
                }

                var where = item.Number is { } n ? $"item {n}" : $"items[{i}]";
                if (item.Number is null)
                    Add(where, "number", "is missing");
                else if (item.Number <= 0)
                    Add(where, "number", "must be a positive whole number");
                else if (!seen.Add(item.Number.Value))
                    Add(where, "number", "appears twice");

                var section = Required(item.Section, where, "section");
                var text = Required(item.Text, where, "text");
                var deadline = ReadDeadline(item.Deadline, where);
                var owners = ReadOwners(item.Owners, where, parties);
                if (!RecurrenceNames.TryParse(item.Recurrence, out var recurrence))
                    Add(where, "recurrence", $"\"{item.Recurrence}\" is not one of none, annual");
                var deliverable = Required(item.Deliverable, where, "deliverable");
                if (deliverable is not null && !Deliverables.Known.Contains(deliverable))
                    Add(where, "deliverable", $"\"{deliverable}\" is not one of {string.Join(", ", Deliverables.Known)}");

                if (item.Number is > 0 && section is not null && text is not null && deadline is not null && owners is not null && deliverable is not null)
                    items.Add(new TimetableItem(item.Number.Value, section, text, deadline, owners, recurrence, deliverable, item.Notes?.Trim() ?? string.Empty));
            }

            return [.. items.OrderBy(i => i.Number)];
        }

        private DeadlineReading? ReadDeadline(DeadlineFile? deadline, string where)
        {
            if (deadline is null)
            {
                Add(where, "deadline", "is missing (write {\"text\": \"\", \"date\": null, \"rule\": \"standing\"} for a standing obligation)");
                return null;
            }

            if (!DeadlineReader.TryRead(deadline.Text, out var reading, out var error))
            {
                Add(where, "deadline.text", error);
                return null;
            }

            var ok = true;
            var stated = deadline.Date;
            var read = reading.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!string.Equals(stated, read, StringComparison.Ordinal))
            {
                Add(where, "deadline.date", $"says {stated ?? "null"} but \"{reading.Text}\" reads as {read ?? "null"} ({reading.Rule.ToName()})");
                ok = false;
            }

            if (!DeadlineRuleNames.TryParse(deadline.Rule, out var rule))
            {
                Add(where, "deadline.rule", $"\"{deadline.Rule}\" is not one of {string.Join(", ", DeadlineRuleNames.All)}");
                ok = false;
            }
            else if (rule != reading.Rule)
            {
                Add(where, "deadline.rule", $"says {deadline.Rule} but \"{reading.Text}\" reads by the rule {reading.Rule.ToName()}");
                ok = false;
            }

            return ok ? reading : null;
        }

        private IReadOnlyList<string>? ReadOwners(IReadOnlyList<string?>? owners, string where, PartyRegister? parties)
        {
            if (owners is null || owners.Count == 0)
            {
                Add(where, "owners", "is missing or empty");
                return null;
            }

            if (parties is null)
                return null;
            var unknown = owners.Where(o => o is null || (!parties.Contains(o) && !parties.Groups.ContainsKey(o))).ToList();
            foreach (var code in unknown)
                Add(where, "owners", $"unknown party code \"{code}\"");
            return unknown.Count > 0 ? null : parties.Expand(owners!);
        }

        private DateOnly? Date(string? value, string where, string field)
        {
            if (value is null)
            {
                Add(where, field, "is missing");
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            Add(where, field, $"\"{value}\" is not a date (yyyy-MM-dd)");
            return null;
        }

        private string? Required(string? value, string where, string field)
        {
            if (!string.IsNullOrWhiteSpace(value))
                return value.Trim();
            Add(where, field, "is missing or empty");
            return null;
        }

        private void Add(string where, string field, string message) => problems.Add(new Problem($"{where}, {field}", message));

        private static bool IsIdentifier(string id) => id.Length is > 0 and <= 32 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));

        private static bool PartyCodePattern(string code) => code.Length is 2 or 3 && code.All(c => c is >= 'A' and <= 'Z');
    }
}
