using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProgrammeWorkflows.Adapters.Storage;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>What both hosts' web apps need: who may call (<see cref="SignIn"/>'s settings), and for the forms a cookie authenticates ASP.NET Core antiforgery, on a key ring in the project's storage.</summary>
public static class WebSecurity
{
    /// <summary>One application name for every host and instance, so each reads the tokens the others issued.</summary>
    public const string ApplicationName = "ProgrammeWorkflows";

    public static IServiceCollection AddProgrammeWebSecurity(this IServiceCollection services)
    {
        services.AddOptions<PresidencyOptions>().BindConfiguration(PresidencyOptions.Section);
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateOnStart();
        services.AddSingleton<AccessOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<AccessOptions>>(s => s.GetRequiredService<AccessOptionsSetup>());
        services.AddSingleton<IValidateOptions<AccessOptions>>(s => s.GetRequiredService<AccessOptionsSetup>());
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<StorageAccount>((o, storage) => o.XmlRepository = new BlobKeyRing(storage.DataProtectionKeys));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "presidency-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = PageForms.TokenField;

            // The header policy (ResponseHeaders) says DENY for every response; antiforgery's SAMEORIGIN would weaken it.
            o.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }
}
