// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "engineerror.h"
#include "enginetypes.h"
#include "spoolfile.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Stasis
{

class BackgroundWork;
class EngineClient;
class FileSystemDiffStream;

/// A container's file system changes as an export carries them beside its
/// manifest (ArchiveManifest::FileSystem): the engine's change list, its
/// FileSystemChangePlan, the tar of a FileSystemDiffStream spooled into a
/// SpoolFile in the archive's folder, and the deleted paths. The file is
/// written on the caller's BackgroundWork, which reads it again into the
/// archive.
class FileSystemCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSystemCapture)

public:
    /// What was captured. The file belongs to the BackgroundWork's thread.
    struct Result {
        /// `rootfs-diff.tar`.
        SpoolFile::Result tar;
        /// `deleted.files`.
        QByteArray deletedPaths;
        QByteArray deletedPathsSha256;
        ArchiveManifest::FileSystem summary;
    };

    /// @p container: the engine's inspect answer; @p folder: where the
    /// temporary file goes.
    FileSystemCapture(EngineClient *client, const ContainerDetails &container, const QString &folder, BackgroundWork *work, QObject *parent = nullptr);
    ~FileSystemCapture() override;

    void start();
    /// Stops without emitting finished(); the temporary file goes.
    void abort();

    /// Bytes of tar written so far.
    qint64 bytesWritten() const;
    /// After finished(true), once: the caller then owns the file.
    Result takeResult()
    {
        return std::exchange(m_result, {});
    }
    /// After finished(false): the engine's error; none when writing the file
    /// failed or the file system holds what cannot be carried (a FIFO, a
    /// device, extended attributes).
    const std::optional<EngineError> &engineError() const
    {
        return m_engineError;
    }
    /// After finished(false): a sentence for the user.
    const QString &errorString() const
    {
        return m_errorString;
    }

Q_SIGNALS:
    void progress();
    void finished(bool ok);

private:
    /// `deleted.files`, made on the worker.
    struct DeletedPathsFile {
        QByteArray json;
        QByteArray sha256;
    };

    void stream(const QList<FileSystemChange> &changes);
    void write(const QByteArray &bytes);
    void streamFinished(bool ok);
    void written(bool ok);
    void fail(const QString &message, const std::optional<EngineError> &engineError = std::nullopt);

    EngineClient *m_client;
    ContainerDetails m_container;
    QString m_folder;
    BackgroundWork *m_work;
    QPointer<SpoolFile> m_spool;
    std::shared_ptr<DeletedPathsFile> m_deletedPaths = std::make_shared<DeletedPathsFile>();
    QPointer<FileSystemDiffStream> m_stream;
    QStringList m_deleted;
    bool m_done = false;
    Result m_result;
    std::optional<EngineError> m_engineError;
    QString m_errorString;
};

} // namespace Stasis
