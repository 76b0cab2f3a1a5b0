namespace ProgrammeWorkflows.Domain.Programme;

// The programme file as written (JSON, described by programme.schema.json). Every member is optional here so that the
// loader, not the serializer, says what is missing and where; unknown members are refused by the serializer.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.
internal sealed record ProgrammeFile(
    [property: System.Text.Json.Serialization.JsonPropertyName("$schema")] string? Schema,
    string? Id,
    string? Title,
    string? Source,
    PeriodFile? Period,
    IReadOnlyList<PartyFile?>? Parties,
    IReadOnlyDictionary<string, IReadOnlyList<string?>?>? Groups,
    IReadOnlyList<PresidencyFile?>? Presidencies,
    FollowUpFile? FollowUp,
    IReadOnlyList<ItemFile?>? Items);

internal sealed record PeriodFile(string? From, string? To);

internal sealed record PartyFile(string? Code, string? Name, string? Kind);

internal sealed record PresidencyFile(string? Term, string? From, string? To, string? Party);

internal sealed record AnnualDateFile(int? Month, int? Day);

internal sealed record FollowUpFile(
    IReadOnlyList<int>? ReminderDaysBefore,
    int? OverdueReminderEveryDays,
    int? OverdueRemindersAtMost,
    int? SecondLevelAfterDays,
    int? CloseAfterDays,
    AnnualDateFile? StatusRequest,
    AnnualDateFile? AnnualReport);

internal sealed record ItemFile(
    int? Number,
    string? Section,
    string? Text,
    DeadlineFile? Deadline,
    IReadOnlyList<string?>? Owners,
    string? Recurrence,
    string? Deliverable,
    string? Notes);

internal sealed record DeadlineFile(string? Text, string? Date, string? Rule);
#pragma warning restore CA1812
