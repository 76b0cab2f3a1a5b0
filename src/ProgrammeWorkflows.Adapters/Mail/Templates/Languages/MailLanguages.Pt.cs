namespace ProgrammeWorkflows.Adapters.Mail.Templates;

/// <summary>Portuguese. Sentences name a party after «de» with its article (da, do, dos; «de Portugal»), so no verb agrees with a name.</summary>
public static partial class MailLanguages
{
    internal static MailLanguage Portuguese { get; } = new()
    {
        Code = "pt",
        Months = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        DateForm = "{day} de {month} de {year}",
        Header = "Conselho da União Europeia · Programa de ação estratégico para as alfândegas",
        Greeting = "Senhora, Senhor ({name}),",
        ItemLabel = "Ponto",
        DueLabel = "Prazo:",
        DueWithPhrase = "{date} (o calendário indica «{phrase}»)",
        DueForStatus = "{date} (ponto da situação, para o relatório anual)",
        ExtendedByPresidency = ", prazo prorrogado pela Presidência",
        NextLabel = "Seguimento:",
        CopyLink = "Se o botão não funcionar, copie esta ligação para o seu navegador:",
        Footer = "Esta mensagem foi enviada pelo acompanhamento do calendário do programa. Agradecemos que não lhe responda.",
        Invitation = new(
            "Ponto {item}: contributo {party:of} até {date}",
            "O calendário do programa de ação estratégico para as alfândegas prevê uma ação {party:of} relativamente ao ponto {item}, indicado abaixo.",
            "Responda através da ligação abaixo. Pode alterar a sua resposta até ao encerramento do ponto; só são enviados lembretes às partes que não tenham respondido.",
            "Responder"),
        Reminder = new(
            "Lembrete – ponto {item}: prazo até {date}",
            "Ainda não foi recebida a resposta {party:of} sobre o ponto {item}.",
            "Responda através da ligação abaixo. Esta ligação substitui as das mensagens anteriores.",
            "Responder"),
        ExtendedReminder = new(
            "Novo prazo – ponto {item}: até {date}",
            "A Presidência prorrogou o prazo {party:of} para o ponto {item}.",
            "Responda através da ligação abaixo até à nova data; serão enviados lembretes até que o faça.",
            "Responder"),
        Overdue = new(
            "Prazo ultrapassado – ponto {item}: prazo até {date}",
            "O prazo do ponto {item} terminou sem resposta {party:of}.",
            "A Presidência foi informada. Responda agora através da ligação abaixo: uma resposta tardia encerra a comunicação à Presidência.",
            "Responder agora"),
        Escalation = new(
            "Comunicação à Presidência – ponto {item}: falta a resposta {about:of} (prazo: {date})",
            "A resposta {about:of} sobre o ponto {item} não foi recebida dentro do prazo; o caso consta da lista de comunicações da Presidência.",
            "Na lista, pode tomar nota do caso, prorrogar o prazo, dispensar a resposta ou encerrar o caso.",
            "Abrir a lista de comunicações"),
        Receipt = new(
            "Aviso de receção – ponto {item}: resposta {party:of}, versão {version}",
            "A sua resposta em nome {party:of} sobre o ponto {item} foi registada como versão {version}.",
            "Pode alterá-la até ao encerramento do ponto; todas as versões são conservadas.",
            string.Empty),
        ConsolidatedReport = new(
            "Relatório consolidado – ponto {item} ({cycle})",
            "O relatório consolidado do ponto {item} ({cycle}) está disponível.",
            "Pode consultá-lo através da ligação abaixo.",
            "Abrir o relatório"),
        AnnualReport = new(
            "Relatório anual ao Conselho – {cycle}",
            "O relatório anual ao Conselho sobre o seguimento do programa em {cycle} está disponível.",
            "Pode consultá-lo através da ligação abaixo.",
            "Abrir o relatório"),
        StatusRequest = new(
            "Pedido de ponto da situação – ponto {item} ({cycle})",
            "O ponto {item} é uma obrigação permanente: a Presidência solicita o ponto da situação {party:of} para o relatório anual ao Conselho.",
            "Responda através da ligação abaixo. Os pedidos de ponto da situação não dão lugar a lembretes.",
            "Indicar o ponto da situação"),
        Parties = new Dictionary<string, PartyName>(StringComparer.Ordinal)
        {
            ["BE"] = new("a Bélgica", "da Bélgica"),
            ["DK"] = new("a Dinamarca", "da Dinamarca"),
            ["DE"] = new("a Alemanha", "da Alemanha"),
            ["EL"] = new("a Grécia", "da Grécia"),
            ["ES"] = new("a Espanha", "da Espanha"),
            ["FR"] = new("a França", "da França"),
            ["IE"] = new("a Irlanda", "da Irlanda"),
            ["IT"] = new("a Itália", "da Itália"),
            ["LU"] = new("o Luxemburgo", "do Luxemburgo"),
            ["NL"] = new("os Países Baixos", "dos Países Baixos"),
            ["AT"] = new("a Áustria", "da Áustria"),
            ["PT"] = new("Portugal", "de Portugal"),
            ["FI"] = new("a Finlândia", "da Finlândia"),
            ["SE"] = new("a Suécia", "da Suécia"),
            ["UK"] = new("o Reino Unido", "do Reino Unido"),
            ["WP"] = new("o Grupo da Cooperação Aduaneira", "do Grupo da Cooperação Aduaneira"),
            ["COM"] = new("a Comissão", "da Comissão"),
            ["PRESIDENCY"] = new("a Presidência", "da Presidência"),
        },
    };
}
