using Microsoft.Extensions.DependencyInjection;
using ProgrammeWorkflows.Adapters.Links;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Storage;

public static class StorageRegistration
{
    /// <summary>The stores and link tokens on Azure Storage; options from the <c>Storage</c> and <c>Links</c> sections, validated at start.</summary>
    public static IServiceCollection AddProgrammeStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LinkOptions>().BindConfiguration(LinkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StorageAccount>();
        services.AddSingleton<ISubmissionStore, TableSubmissionStore>();
        services.AddSingleton<IEscalationStore, TableEscalationStore>();
        services.AddSingleton<IOutbox, TableOutbox>();
        services.AddSingleton<IItemCycleStore, TableItemCycleStore>();
        services.AddSingleton<IReportStore, BlobReportStore>();
        services.AddSingleton<IAttachmentStore, BlobAttachmentStore>();
        services.AddSingleton<IAuditLog, TableAuditLog>();
        services.AddSingleton<TableDelegateRegistry>();
        services.AddHostedService<DelegateDirectorySync>();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<LinkOptions>, LinkKeysValidation>();
        services.AddSingleton<LinkKeyRing>();
        services.AddSingleton<ReplyLinks>();
        services.AddSingleton<TableLinkTokens>();
        services.AddSingleton<ILinkIssuer>(sp => sp.GetRequiredService<TableLinkTokens>());
        return services;
    }
}
