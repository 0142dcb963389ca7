// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivemanifest.h"
#include "engineerror.h"
#include "enginetypes.h"
#include "spooledcapture.h"
#include "tarstreamreader.h"

#include "job.h"

#include <QPointer>

#include <memory>

namespace Stasis
{

class BackgroundWork;
class CheckpointArchiveStream;
class CheckpointScan;
class EngineClient;
class HelperLease;
struct ExportWriterState;

/// Exports one checkpoint into one archive file (ArchiveWriter), with the
/// container's PeerDumps beside the manifest for checkpointctl, and the
/// SpooledCaptures the request asks for: its file system changes
/// (FileSystemCapture), its named volumes (VolumeCapture), its image
/// (ImageCapture), each read first into a temporary file whose size and
/// hash the manifest then lists.
///
/// The checkpoint is read through the engine only: a read-only helper
/// container over the checkpoint folder, whose `GET …/archive` is read
/// twice. Pass 1 (CheckpointScan) hashes every file and builds the
/// manifest; pass 2 streams the files into the archive, checking each
/// against pass 1, so a checkpoint that changes meanwhile fails the job.
/// Memory stays bounded whatever the checkpoint's size; compression runs
/// on a BackgroundWork thread. Progress in bytes: pass 1 reports the bytes
/// read with the total unknown, then the total is twice the checkpoint's size. The file appears only when complete; on an
/// error or kill() nothing is left, and the helper is always removed.
class ExportJob final
    : public Job
    , private TarStreamReader::Handler
{
    Q_OBJECT

public:
    struct Request {
        QString container;
        QString checkpoint;
        /// A custom checkpoint folder on the engine host; empty for the container's default one.
        QString directory;
        QString outputPath;
        ArchiveFormat format = ArchiveFormat::TarZstd;
        /// Carries the container's file system changes (FileSystemCapture).
        bool withFileSystem = true;
        /// Carries the container's image (ImageCapture), so the target needs no registry.
        bool withImage = false;
        /// Carries the container's named volumes (VolumeCapture).
        bool withVolumes = false;
    };

    ExportJob(EngineClient *client, const Request &request, QObject *parent = nullptr);
    ~ExportJob() override;

    /// Complete after pass 1 (also in the archive's manifest.json).
    const ArchiveManifest &manifest() const
    {
        return m_manifest;
    }

protected:
    void run() override;
    bool doKill() override;

private:
    void inspect();
    void readEngineFacts(const QString &folder);
    /// The SpooledCaptures the request asks for.
    void planCaptures();
    /// Runs the captures one after the other, then reads the checkpoint in @p folder.
    void runCaptures(const QString &folder);
    void createHelper(const QString &folder);
    void onHelperCreated(const EngineResult<std::shared_ptr<HelperLease>> &helper);
    void statCheckpoint();
    void scan();
    void openArchive();
    /// Copies a spooled @p file into the archive as @p entry, on the worker.
    void copySpooled(const ArchiveFileEntry &entry, std::shared_ptr<QTemporaryFile> file);
    /// The bytes of the spooled files.
    qint64 spooledSize() const;
    void copy();
    void commit();
    void resumeStream();

    bool entryStarted(const TarEntry &entry) override;
    bool entryData(QByteArrayView chunk) override;
    bool entryFinished() override;

    /// Posts @p work to the worker thread that owns the ArchiveWriter.
    void post(std::function<void(ExportWriterState &)> work);
    void stopWorker();
    void fail(Error code, const QString &message, const EngineError &engineError = {});
    void failWithEngineError(const EngineError &error, const QString &during);
    /// Removes the helper, then emits the result.
    void finish();
    QString changedMessage(const QString &file) const;

    EngineClient *m_client;
    Request m_request;
    ArchiveManifest m_manifest;
    /// The engine's inspect answer, for the PeerDumps.
    ContainerDetails m_container;
    /// The names of its named volumes (ContainerRecipe::namedVolumes()).
    QStringList m_namedVolumes;
    std::shared_ptr<HelperLease> m_helper;
    bool m_finishing = false;

    /// Still to run, the running one first.
    QList<QPointer<SpooledCapture>> m_captures;
    /// What the finished captures put beside the manifest; the spooled files go to the worker with it.
    QList<SpooledCapture::File> m_captured;

    std::unique_ptr<CheckpointScan> m_scan;
    QPointer<CheckpointArchiveStream> m_stream;
    qsizetype m_nextFile = 0;
    qsizetype m_currentFile = -1;
    qint64 m_copied = 0;

    std::unique_ptr<BackgroundWork> m_work;
    std::shared_ptr<ExportWriterState> m_writer;
};

} // namespace Stasis
