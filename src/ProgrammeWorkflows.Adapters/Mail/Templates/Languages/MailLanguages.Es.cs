namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>Spanish. Sentences name a party after «de» («del Reino Unido»), so no verb agrees with a name and no «a el» is written.</summary>
public static partial class MailLanguages
{
    internal static MailLanguage Spanish { get; } = new()
    {
        Code = "es",
        Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        DateForm = "{day} de {month} de {year}",
        Header = "Consejo de la Unión Europea · Programa de acción estratégico para las aduanas",
        Greeting = "Señora, Señor ({name}):",
        ItemLabel = "Punto",
        DueLabel = "Plazo:",
        DueWithPhrase = "{date} (el calendario indica «{phrase}»)",
        DueForStatus = "{date} (situación, para el informe anual)",
        ExtendedByPresidency = ", plazo prorrogado por la Presidencia",
        NextLabel = "Próximos pasos:",
        CopyLink = "Si el botón no funciona, copie este enlace en su navegador:",
        Footer = "Este mensaje ha sido enviado por el seguimiento del calendario del programa. Le rogamos que no lo responda.",
        Invitation = new(
            "Punto {item}: contribución {party:of} a más tardar el {date}",
            "El calendario del programa de acción estratégico para las aduanas prevé una actuación {party:of} en relación con el punto {item}, que figura a continuación.",
            "Responda a través del enlace que figura a continuación. Podrá modificar su respuesta hasta el cierre del punto; solo se envían recordatorios a las partes que no hayan respondido.",
            "Responder"),
        Reminder = new(
            "Recordatorio – punto {item}: vence el {date}",
            "Aún no se ha recibido la respuesta {party:of} sobre el punto {item}.",
            "Responda a través del enlace que figura a continuación. Este enlace sustituye a los de mensajes anteriores.",
            "Responder"),
        ExtendedReminder = new(
            "Nuevo plazo – punto {item}: vence el {date}",
            "La Presidencia ha prorrogado el plazo {party:of} para el punto {item}.",
            "Responda a través del enlace que figura a continuación antes de la nueva fecha; se enviarán recordatorios hasta que lo haga.",
            "Responder"),
        Overdue = new(
            "Plazo vencido – punto {item}: vencía el {date}",
            "El plazo del punto {item} ha vencido sin respuesta {party:of}.",
            "Se ha informado a la Presidencia. Responda ahora a través del enlace que figura a continuación: una respuesta tardía pone fin a la remisión a la Presidencia.",
            "Responder ahora"),
        Escalation = new(
            "Remisión a la Presidencia – punto {item}: falta la respuesta {about:of} (plazo: {date})",
            "La respuesta {about:of} sobre el punto {item} no se ha recibido en el plazo; el caso figura en la lista de remisiones de la Presidencia.",
            "En la lista puede tomar nota del caso, prorrogar el plazo, renunciar a la respuesta o cerrar el caso.",
            "Abrir la lista de remisiones"),
        Receipt = new(
            "Acuse de recibo – punto {item}: respuesta {party:of}, versión {version}",
            "Su respuesta en nombre {party:of} sobre el punto {item} ha quedado registrada como versión {version}.",
            "Podrá modificarla hasta el cierre del punto; se conservan todas las versiones.",
            string.Empty),
        ConsolidatedReport = new(
            "Informe consolidado – punto {item} ({cycle})",
            "El informe consolidado del punto {item} ({cycle}) está disponible.",
            "Puede consultarlo a través del enlace que figura a continuación.",
            "Abrir el informe"),
        AnnualReport = new(
            "Informe anual al Consejo – {cycle}",
            "El informe anual al Consejo sobre el seguimiento del programa en {cycle} está disponible.",
            "Puede consultarlo a través del enlace que figura a continuación.",
            "Abrir el informe"),
        StatusRequest = new(
            "Solicitud de situación – punto {item} ({cycle})",
            "El punto {item} es una obligación permanente: la Presidencia solicita la situación {party:of} para el informe anual al Consejo.",
            "Responda a través del enlace que figura a continuación. Las solicitudes de situación no dan lugar a recordatorios.",
            "Indicar la situación"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("Bélgica", "de Bélgica"),
            ["DK"] = new("Dinamarca", "de Dinamarca"),
            ["DE"] = new("Alemania", "de Alemania"),
            ["EL"] = new("Grecia", "de Grecia"),
            ["ES"] = new("España", "de España"),
            ["FR"] = new("Francia", "de Francia"),
            ["IE"] = new("Irlanda", "de Irlanda"),
            ["IT"] = new("Italia", "de Italia"),
            ["LU"] = new("Luxemburgo", "de Luxemburgo"),
            ["NL"] = new("los Países Bajos", "de los Países Bajos"),
            ["AT"] = new("Austria", "de Austria"),
            ["PT"] = new("Portugal", "de Portugal"),
            ["FI"] = new("Finlandia", "de Finlandia"),
            ["SE"] = new("Suecia", "de Suecia"),
            ["UK"] = new("el Reino Unido", "del Reino Unido"),
            ["WP"] = new("el Grupo «Cooperación Aduanera»", "del Grupo «Cooperación Aduanera»"),
            ["COM"] = new("la Comisión", "de la Comisión"),
            ["PRESIDENCY"] = new("la Presidencia", "de la Presidencia"),
        },
    };
}
