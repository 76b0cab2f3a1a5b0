using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ProgrammeWorkflows.Adapters.Mail;

/// <summary>
/// The deadline as a calendar entry (.ics): an all-day event on the due date with an alarm a week before (a trigger
/// relative to the start, which avoids both Ical.Net pitfalls: an absolute alarm without VALUE=DATE-TIME, RELATED=END as
/// a property). One UID per party and item cycle; an extension sends the same UID with a higher SEQUENCE.
/// </summary>
public static class CalendarEntry
{
    public static string UidOf(string programmeId, int item, string cycle, string party) => $"{programmeId}-item{item:00}-{cycle}-{party}@programme-workflows";

    public static byte[] Create(string uid, int sequence, DateOnly due, DateTimeOffset stamp, string summary, string description)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        var deadline = new CalendarEvent
        {
            Uid = uid,
            Sequence = sequence,
            Summary = summary,
            Description = description,
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
            DtStart = new CalDateTime(due),
            DtEnd = new CalDateTime(due.AddDays(1)),
            Transparency = TransparencyType.Transparent,
        };
        deadline.Alarms.Add(new Alarm { Action = AlarmAction.Display, Description = summary, Trigger = new Trigger(Duration.FromDays(-7)) });
        calendar.Events.Add(deadline);
        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }
}
