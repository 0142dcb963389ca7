// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "enginetypes.h"
#include "spooledcapture.h"

#include <QPointer>

#include <memory>

namespace Stasis
{

class EngineClient;
class FileSystemDiffStream;

/// A container's file system changes as an export carries them beside its
/// manifest (ArchiveManifest::FileSystem): the engine's change list, its
/// FileSystemChangePlan, the tar of a FileSystemDiffStream as
/// `rootfs-diff.tar`, and the deleted paths as `deleted.files` before it.
/// Fails without an engine error when the file system holds what cannot be
/// carried (a FIFO, a device, extended attributes).
class FileSystemCapture final : public SpooledCapture
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSystemCapture)

public:
    /// @p container: the engine's inspect answer; @p folder: where the
    /// temporary file goes.
    FileSystemCapture(EngineClient *client, const ContainerDetails &container, const QString &folder, BackgroundWork *work, QObject *parent = nullptr);
    ~FileSystemCapture() override;

    /// Sets ArchiveManifest::fileSystem.
    void describe(ArchiveManifest &manifest) const override;

private:
    /// `deleted.files`, made on the worker.
    struct DeletedPathsFile {
        QByteArray json;
        QByteArray sha256;
    };

    void read() override;
    void stopReading() override;
    void resumeReading() override;
    QList<File> wholeFiles() const override;

    void stream(const QList<FileSystemChange> &changes);
    void write(const QByteArray &bytes);
    void streamFinished(bool ok);

    EngineClient *m_client;
    ContainerDetails m_container;
    std::shared_ptr<DeletedPathsFile> m_deletedPaths = std::make_shared<DeletedPathsFile>();
    QPointer<FileSystemDiffStream> m_stream;
    QStringList m_deleted;
    ArchiveManifest::FileSystem m_summary;
};

} // namespace Stasis
