// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "enginetypes.h"
#include "filetreecapture.h"

#include <memory>

namespace Stasis
{

class EngineClient;

/// A container's file system changes as an export carries them beside its
/// manifest (ArchiveManifest::FileSystem): the engine's change list, its
/// FileSystemChangePlan, the tar of a FileSystemDiffStream as
/// `rootfs-diff.tar`, and the deleted paths as `deleted.files` before it.
class FileSystemCapture final : public FileTreeCapture
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
    /// After finished(true): the deleted paths, as `deleted.files` lists them.
    const QStringList &deletedPaths() const
    {
        return m_deleted;
    }

private:
    /// `deleted.files`, made on the worker.
    struct DeletedPathsFile {
        QByteArray json;
        QByteArray sha256;
    };

    void read() override;
    void streamed(qint64 entries, qint64 contentSize) override;
    QString uncarriable(const QString &problem) const override;
    QList<File> wholeFiles() const override;

    EngineClient *m_client;
    ContainerDetails m_container;
    std::shared_ptr<DeletedPathsFile> m_deletedPaths = std::make_shared<DeletedPathsFile>();
    QStringList m_deleted;
    ArchiveManifest::FileSystem m_summary;
};

} // namespace Stasis
