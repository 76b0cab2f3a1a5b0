using System.Globalization;
using System.Net.Mail;
using System.Reflection;
using System.Text;
using ProgrammeWorkflows.Domain.Parties;

namespace ProgrammeWorkflows.Domain.Delegates;

/// <summary>
/// Reads a delegate directory from CSV (RFC 4180: a header row <c>party,name,email,role,language</c> in any order,
/// quoted fields may hold commas, quotes and line breaks). A language must be one of
/// <see cref="Languages.Supported"/>: mail is never sent in a language other than the delegate's. Every bad row is reported with its line number, and a file
/// with any bad row loads nothing.
/// </summary>
public static class DelegateDirectoryCsv
{
    public static readonly IReadOnlyList<string> Columns = ["party", "name", "email", "role", "language"];

    public static Validated<DelegateDirectory> Read(TextReader reader, PartyRegister parties)
    {
        var problems = new List<Problem>();
        var records = ReadRecords(reader, problems);
        if (problems.Count > 0)
            return Validated.Invalid<DelegateDirectory>(problems);
        if (records.Count == 0)
            return Validated.Invalid<DelegateDirectory>([new Problem("line 1", "the file is empty; the first line must be the header " + string.Join(",", Columns))]);

        var (headerLine, header) = records[0];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!Columns.Contains(name))
                problems.Add(new Problem($"line {headerLine}", $"unknown column \"{header[i]}\"; the columns are {string.Join(",", Columns)}"));
            else if (!index.TryAdd(name, i))
                problems.Add(new Problem($"line {headerLine}", $"column \"{name}\" appears twice"));
        }

        foreach (var missing in Columns.Where(c => !index.ContainsKey(c)))
            problems.Add(new Problem($"line {headerLine}", $"column \"{missing}\" is missing"));
        if (problems.Count > 0)
            return Validated.Invalid<DelegateDirectory>(problems);

        var delegates = new List<(int Line, PartyDelegate Delegate)>();
        foreach (var (line, fields) in records.Skip(1))
        {
            var where = $"line {line}";
            if (fields.Count != header.Count)
            {
                problems.Add(new Problem(where, $"has {fields.Count} fields; the header has {header.Count}"));
                continue;
            }

            string Field(string column) => fields[index[column]].Trim();
            var before = problems.Count;
            var party = Field("party");
            if (!parties.Contains(party))
                problems.Add(new Problem(where, $"unknown party code \"{party}\""));
            var name = Field("name");
            if (name.Length == 0)
                problems.Add(new Problem(where, "the name is empty"));
            var email = Field("email");
            if (!IsEmailAddress(email))
                problems.Add(new Problem(where, $"\"{email}\" is not an email address"));
            else if (delegates.FirstOrDefault(d => string.Equals(d.Delegate.Email, email, StringComparison.OrdinalIgnoreCase)) is { Delegate: not null } twin)
                problems.Add(new Problem(where, $"{email} is already the address of a delegate on line {twin.Line}"));
            var role = Field("role").ToLowerInvariant() switch
            {
                "primary" => DelegateRole.Primary,
                "deputy" => DelegateRole.Deputy,
                var other => (DelegateRole?)null,
            };
            if (role is null)
                problems.Add(new Problem(where, $"role \"{Field("role")}\" is not primary or deputy"));
            var language = Field("language").ToLowerInvariant();
            if (!Languages.IsSupported(language))
                problems.Add(new Problem(where, $"language \"{Field("language")}\" is not one the mails are written in; the languages are {string.Join(", ", Languages.Supported)} (ISO 639-1)"));

            if (problems.Count == before)
                delegates.Add((line, new PartyDelegate(party, name, email, role!.Value, language)));
        }

        foreach (var party in delegates.GroupBy(d => d.Delegate.Party))
        {
            var primaries = party.Where(d => d.Delegate.Role == DelegateRole.Primary).ToList();
            if (primaries.Count == 0)
                problems.Add(new Problem($"party {party.Key}", $"has no primary delegate (deputies on lines {string.Join(", ", party.Select(d => d.Line))})"));
            foreach (var extra in primaries.Skip(1))
                problems.Add(new Problem($"line {extra.Line}", $"a second primary delegate for {party.Key} (the first is on line {primaries[0].Line})"));
        }

        if (problems.Count == 0 && delegates.Count == 0)
            problems.Add(new Problem($"line {headerLine}", "the file has a header but no delegates"));
        return problems.Count > 0
            ? Validated.Invalid<DelegateDirectory>(problems)
            : Validated.Valid<DelegateDirectory>(new DelegateDirectory(delegates.Select(d => d.Delegate)));
    }

    public static Validated<DelegateDirectory> ReadFile(string path, PartyRegister parties)
    {
        if (!File.Exists(path))
            return Validated.Invalid<DelegateDirectory>([new Problem(path, "no such file")]);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, parties);
    }

    /// <summary>The sample directory shipped with the system: every party of 1997, addresses at reserved example domains only.</summary>
    public static DelegateDirectory Sample(PartyRegister parties)
    {
        using var stream = typeof(DelegateDirectoryCsv).Assembly.GetManifestResourceStream("sample-delegates.csv")
            ?? throw new InvalidOperationException("the sample directory is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader, parties).GetValueOrThrow();
    }

    public static string SampleCsv()
    {
        using var stream = typeof(DelegateDirectoryCsv).Assembly.GetManifestResourceStream("sample-delegates.csv")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    internal static bool IsEmailAddress(string value)
    {
        if (value.Length is 0 or > 254 || value.Any(char.IsWhiteSpace))
            return false;
        try
        {
            var address = new MailAddress(value);
            return address.Address == value && address.DisplayName.Length == 0 && address.Host.Contains('.', StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>RFC 4180 records with the line each starts on. A quote left open is reported at the line it opened.</summary>
    private static List<(int Line, List<string> Fields)> ReadRecords(TextReader reader, List<Problem> problems)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteLine = 0;
        var atFieldStart = true;
        var any = false;

        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                        line++;
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    quoteLine = line;
                    atFieldStart = false;
                    any = true;
                    break;
                case '"':
                    problems.Add(new Problem($"line {line}", "a quote inside an unquoted field (quote the whole field and double the quote)"));
                    field.Append(ch);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(ch);
                    atFieldStart = false;
                    any = true;
                    break;
            }
        }

        if (quoted)
            problems.Add(new Problem($"line {quoteLine}", "a quoted field is never closed"));
        EndRecord();
        return records;

        void EndRecord()
        {
            if (any)
            {
                fields.Add(field.ToString());
                records.Add((recordLine, [.. fields]));
            }

            fields.Clear();
            field.Clear();
            atFieldStart = true;
            any = false;
        }
    }
}
