using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Adapters.Mail.Acs;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Mail;

public static class MailRegistration
{
    /// <summary>The outbox sender and the transport chosen by <c>Email:Transport</c> (Folder by default), validated at start.</summary>
    public static IServiceCollection AddProgrammeMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<IMailSender, MailDispatcher>();
        services.AddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return options.Transport switch
            {
                MailTransportKind.Acs => new AcsEmailTransport(options.Acs, time),
                MailTransportKind.Smtp => new SmtpTransport(options.Smtp),
                _ => new FolderTransport(options.Folder.Path, time),
            };
        });
        return services;
    }
}
