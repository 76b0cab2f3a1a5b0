using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ProgrammeWorkflows.Web.Security;

/// <summary>
/// The data protection key ring as blobs of the project's storage account, one per key (<c>key-{id}.xml</c>): every
/// instance of the Functions app reads the same keys, and a restarted local host (Azurite keeps its data in the data
/// folder) still accepts the forms it served before. Read when the key ring is loaded, written only when a key is made
/// (every 90 days). The keys are protected by the account's access control (identity only in Azure), not encrypted again.
/// </summary>
public sealed class BlobKeyRing(BlobContainerClient container) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var elements = new List<XElement>();
        try
        {
            foreach (var blob in container.GetBlobs())
                elements.Add(XElement.Parse(container.GetBlobClient(blob.Name).DownloadContent().Value.Content.ToString()));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: no key yet.
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        container.CreateIfNotExists();
        container.GetBlobClient($"{friendlyName}.xml").Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: true);
    }
}
