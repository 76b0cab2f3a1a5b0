namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>Finnish. A party stands in the genitive (”Belgian vastaus”, ”Alankomaiden määräaika”): no other case is needed.</summary>
public static partial class MailLanguages
{
    internal static MailLanguage Finnish { get; } = new()
    {
        Code = "fi",
        Months = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
        DateForm = "{day}. {month} {year}",
        Header = "Euroopan unionin neuvosto · Tullin strateginen toimintaohjelma",
        Greeting = "Hyvä {name},",
        ItemLabel = "Kohta",
        DueLabel = "Määräaika:",
        DueWithPhrase = "{date} (aikataulussa: ”{phrase}”)",
        DueForStatus = "{date} (tilannekatsaus vuosikertomusta varten)",
        ExtendedByPresidency = ", puheenjohtajavaltion pidentämä määräaika",
        NextLabel = "Jatkotoimet:",
        CopyLink = "Jos painike ei toimi, kopioikaa tämä linkki selaimeenne:",
        Footer = "Tämä viesti on lähetetty ohjelman aikataulun seurannasta. Pyydämme, ettei viestiin vastata.",
        Invitation = new(
            "Kohta {item}: {party:of} selvitys viimeistään {date}",
            "Tullin strategisen toimintaohjelman aikataulussa edellytetään {party:of} toimia jäljempänä esitetyn kohdan {item} osalta.",
            "Vastatkaa alla olevan linkin kautta. Voitte muuttaa vastaustanne, kunnes kohta suljetaan; muistutuksia lähetetään vain osapuolille, jotka eivät ole vastanneet.",
            "Vastaa"),
        Reminder = new(
            "Muistutus – kohta {item}: määräaika {date}",
            "Kohtaa {item} koskevaa {party:of} vastausta ei ole vielä saatu.",
            "Vastatkaa alla olevan linkin kautta. Tämä linkki korvaa aiemmissa viesteissä olleet linkit.",
            "Vastaa"),
        ExtendedReminder = new(
            "Uusi määräaika – kohta {item}: viimeistään {date}",
            "Puheenjohtajavaltio on pidentänyt {party:of} määräaikaa kohdan {item} osalta.",
            "Vastatkaa alla olevan linkin kautta uuteen määräaikaan mennessä; muistutuksia lähetetään, kunnes olette vastanneet.",
            "Vastaa"),
        Overdue = new(
            "Määräaika ylittynyt – kohta {item}: määräaika {date}",
            "Kohdan {item} määräaika on päättynyt ilman {party:of} vastausta.",
            "Asiasta on ilmoitettu puheenjohtajavaltiolle. Vastatkaa nyt alla olevan linkin kautta: myöhässä annettu vastaus päättää asian käsittelyn puheenjohtajavaltiossa.",
            "Vastaa nyt"),
        Escalation = new(
            "Puheenjohtajavaltion käsiteltäväksi – kohta {item}: {about:of} vastaus puuttuu (määräaika {date})",
            "Kohtaa {item} koskevaa {about:of} vastausta ei saatu määräaikaan mennessä; asia on puheenjohtajavaltion käsiteltävien asioiden luettelossa.",
            "Luettelossa voitte merkitä asian tiedoksi, pidentää määräaikaa, luopua vastauksesta tai päättää asian käsittelyn.",
            "Avaa käsiteltävien asioiden luettelo"),
        Receipt = new(
            "Vastaanottokuittaus – kohta {item}: {party:of} vastaus, versio {version}",
            "Kohtaa {item} koskeva vastauksenne {party:of} puolesta on kirjattu versiona {version}.",
            "Voitte muuttaa sitä, kunnes kohta suljetaan; kaikki versiot säilytetään.",
            string.Empty),
        ConsolidatedReport = new(
            "Koottu raportti – kohta {item} ({cycle})",
            "Kohdan {item} koottu raportti ({cycle}) on valmis.",
            "Raportti avautuu alla olevasta linkistä.",
            "Avaa raportti"),
        AnnualReport = new(
            "Vuosikertomus neuvostolle – {cycle}",
            "Neuvostolle annettava vuosikertomus ohjelman seurannasta vuonna {cycle} on valmis.",
            "Kertomus avautuu alla olevasta linkistä.",
            "Avaa kertomus"),
        StatusRequest = new(
            "Tilannekatsauspyyntö – kohta {item} ({cycle})",
            "Kohta {item} on pysyvä velvoite: puheenjohtajavaltio pyytää {party:of} tilannekatsausta neuvostolle annettavaa vuosikertomusta varten.",
            "Vastatkaa alla olevan linkin kautta. Tilannekatsauspyynnöistä ei lähetetä muistutuksia.",
            "Anna tilannekatsaus"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("Belgia", "Belgian"),
            ["DK"] = new("Tanska", "Tanskan"),
            ["DE"] = new("Saksa", "Saksan"),
            ["EL"] = new("Kreikka", "Kreikan"),
            ["ES"] = new("Espanja", "Espanjan"),
            ["FR"] = new("Ranska", "Ranskan"),
            ["IE"] = new("Irlanti", "Irlannin"),
            ["IT"] = new("Italia", "Italian"),
            ["LU"] = new("Luxemburg", "Luxemburgin"),
            ["NL"] = new("Alankomaat", "Alankomaiden"),
            ["AT"] = new("Itävalta", "Itävallan"),
            ["PT"] = new("Portugali", "Portugalin"),
            ["FI"] = new("Suomi", "Suomen"),
            ["SE"] = new("Ruotsi", "Ruotsin"),
            ["UK"] = new("Yhdistynyt kuningaskunta", "Yhdistyneen kuningaskunnan"),
            ["WP"] = new("tulliyhteistyötyöryhmä", "tulliyhteistyötyöryhmän"),
            ["COM"] = new("komissio", "komission"),
            ["PRESIDENCY"] = new("puheenjohtajavaltio", "puheenjohtajavaltion"),
        },
    };
}
