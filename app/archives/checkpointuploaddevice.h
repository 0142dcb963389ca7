// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivelimits.h"
#include "archivemanifest.h"
#include "sha256.h"

#include <QHash>
#include <QIODevice>
#include <QSet>

#include <memory>

namespace Stasis
{

class ArchiveReader;

/// The body of `PUT …/archive` for an import: re-reads an archive that
/// ArchiveValidator accepted and produces a fresh plain ustar of its
/// validated content only — never the received bytes. One top folder
/// (mode 0700) named by the caller, the manifest's files under it (0600,
/// in the manifest's subfolders, 0700), owner 0:0, no special bits, no pax
/// headers. size() is exact from the start. Every file is hashed again while
/// it streams; a file that changed since validation makes read() fail
/// (-1, errorString() naming it).
///
/// Sequential; reading decompresses at most about one chunk per call, so it
/// may be read on the GUI thread in chunks of up to 1 MiB.
class CheckpointUploadDevice final : public QIODevice
{
    Q_OBJECT

public:
    CheckpointUploadDevice(const QString &archiveFileName,
                           ArchiveFormat format,
                           const ArchiveManifest &manifest,
                           const QString &topFolder,
                           const ArchiveLimits &limits,
                           QObject *parent = nullptr);
    ~CheckpointUploadDevice() override;

    bool open(OpenMode mode) override;
    bool isSequential() const override;
    qint64 size() const override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    /// True once the content did not match the manifest (see errorString()).
    bool hasFailed() const
    {
        return m_failed;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool produce();
    void failWith(const QString &message);

    QString m_archiveFileName;
    ArchiveFormat m_format;
    ArchiveManifest m_manifest;
    QString m_topFolder;
    ArchiveLimits m_limits;
    qint64 m_size = 0;
    std::unique_ptr<ArchiveReader> m_reader;
    QHash<QString, ArchiveFileEntry> m_files;
    QSet<QString> m_done;
    QByteArray m_pending;
    qint64 m_produced = 0;
    bool m_finished = false;
    bool m_failed = false;
    const ArchiveFileEntry *m_current = nullptr;
    Sha256 m_hash;
    QString m_currentPath;
};

} // namespace Stasis
