using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Core.Agencies;
using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Options;
using Microsoft.Extensions.Options;

namespace EdocMan.Search.Api.Intake;

/// <summary>What became of one file taken from a folder.</summary>
internal enum FileOutcome
{
    /// <summary>Stored and queued for extraction.</summary>
    Accepted,

    /// <summary>The agency already has a document with the same bytes; nothing new was recorded.</summary>
    Duplicate,

    /// <summary>Not stored: empty, too large, wrong extension or unsupported type.</summary>
    Refused,

    /// <summary>Stored, but unreadable: recorded as a Failed document so the original is kept and visible.</summary>
    Failed,
}

/// <summary>The outcome of one file, with the reason (Vietnamese, shown to clerks) and the document it concerns.</summary>
internal sealed record FileIntakeResult(FileOutcome Outcome, string? Reason, Guid? DocumentId);

/// <summary>
/// Feeds one file on disk through <see cref="DocumentIntake"/>, the upload endpoint's own path, with the
/// endpoint's size checks in front, so a batch import or a watched folder treats a file exactly as an upload.
/// </summary>
/// <remarks>Scoped, like the database context it uses; batch callers take a fresh scope per file.</remarks>
internal sealed class FileIntake(DocumentIntake intake, IOptions<StorageOptions> storage)
{
    /// <summary>Ingests the file at <paramref name="path"/> into <paramref name="agency"/>'s register, under its own file name.</summary>
    /// <exception cref="IOException">The file could not be read; nothing was recorded.</exception>
    public async Task<FileIntakeResult> IngestAsync(Agency agency, string path, RegisterKind register, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (info.Length == 0)
        {
            return Refused("Tệp rỗng (0 byte).");
        }
        var limit = storage.Value.MaxUploadBytes;
        if (info.Length > limit)
        {
            return Refused($"Tệp dung lượng {info.Length / 1048576d:0.#} MB vượt quá giới hạn {limit / 1048576d:0.#} MB.");
        }
        await using var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        var metadata = new UploadMetadata(register, null, null, null, null, null, null);
        var result = await intake.AcceptAsync(agency, content, UploadDocument.SafeFileName(info.Name), metadata, uploadedBy: null, ct);
        return result switch
        {
            IntakeResult.Accepted a => new FileIntakeResult(FileOutcome.Accepted, null, a.Document.Id),
            IntakeResult.Duplicate d => new FileIntakeResult(FileOutcome.Duplicate,
                $"Trùng nội dung với văn bản {d.ExistingId} đã có trong sổ của đơn vị.", d.ExistingId),
            IntakeResult.Unreadable u => new FileIntakeResult(FileOutcome.Failed, u.Reason, u.Document.Id),
            IntakeResult.Refused r => Refused(r.Reason),
            _ => throw new InvalidOperationException("Unknown intake result."),
        };
    }

    private static FileIntakeResult Refused(string reason) => new(FileOutcome.Refused, reason, null);
}
