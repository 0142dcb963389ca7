// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "sha256.h"
#include "tarstreamreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stasis
{

/// What one pass over a checkpoint folder's tar (the engine's
/// `GET …/archive` of `<name>/`) learns: every file's path, size, mode and
/// optionally SHA-256, the total, the memory pages and the process count.
/// Feed it through a TarStreamReader; it refuses anything outside the
/// top folder `<name>/`.
class CheckpointScan final : public TarStreamReader::Handler
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointScan)

public:
    CheckpointScan(const QString &checkpointName, bool withHashes);

    /// Tells the scan which reader to report problems through.
    void setReader(TarStreamReader *reader)
    {
        m_reader = reader;
    }

    /// The files in stream order, paths relative to the checkpoint folder.
    const QList<ArchiveFileEntry> &files() const
    {
        return m_files;
    }
    qint64 totalSize() const
    {
        return m_totalSize;
    }
    /// The size of `pages-*.img`.
    qint64 memoryPagesSize() const;
    /// The number of `core-*.img`.
    int processCount() const;
    /// File content bytes seen so far.
    qint64 bytesScanned() const
    {
        return m_bytesScanned;
    }
    /// The path relative to the checkpoint folder of @p entry (a path in the
    /// engine's tar); empty for the top folder itself, nullopt outside it.
    static std::optional<QString> relativePath(const QString &checkpointName, const QString &entryPath);

    bool entryStarted(const TarEntry &entry) override;
    bool entryData(QByteArrayView chunk) override;
    bool entryFinished() override;

private:
    bool fail(const QString &message, const QString &entry);

    QString m_checkpointName;
    bool m_withHashes;
    TarStreamReader *m_reader = nullptr;
    QList<ArchiveFileEntry> m_files;
    bool m_inFile = false;
    Sha256 m_hash;
    qint64 m_totalSize = 0;
    qint64 m_bytesScanned = 0;
};

} // namespace Stasis
