using Azure.Storage.Blobs.Models;
using ProgrammeWorkflows.Domain.Submissions;
using ProgrammeWorkflows.Workflows.Ports;

namespace ProgrammeWorkflows.Adapters.Storage;

/// <summary>Attachments as blobs at programme/item/cycle/party/upload-id/name; the submission keeps the reference.</summary>
public sealed class BlobAttachmentStore(StorageAccount account) : IAttachmentStore
{
    public async Task<AttachmentRef> SaveAsync(LinkScope scope, string name, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(content);
        var path = $"{scope.ProgrammeId}/{scope.Item:00}/{scope.Cycle}/{scope.Party}/{Guid.NewGuid():N}/{name}";
        var blob = account.Attachments.GetBlobClient(path);
        await blob.UploadAsync(content, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        return new AttachmentRef(name, contentType, properties.Value.ContentLength, path);
    }
}
