using ProgrammeWorkflows.Domain.Submissions;

namespace ProgrammeWorkflows.Workflows.Ports;

/// <summary>Files delegates attach to their answers.</summary>
public interface IAttachmentStore
{
    Task<AttachmentRef> SaveAsync(LinkScope scope, string name, string contentType, Stream content, CancellationToken cancellationToken = default);
}
