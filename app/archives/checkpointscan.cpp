// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointscan.h"

#include <QCoreApplication>

namespace Stasis
{

namespace
{
} // namespace

CheckpointScan::CheckpointScan(const QString &checkpointName, bool withHashes)
    : m_checkpointName(checkpointName)
    , m_withHashes(withHashes)
{
}

std::optional<QString> CheckpointScan::relativePath(const QString &checkpointName, const QString &entryPath)
{
    if (entryPath == checkpointName) {
        return QString();
    }
    const QString prefix = checkpointName + QLatin1Char('/');
    if (!entryPath.startsWith(prefix) || entryPath.size() == prefix.size()) {
        return std::nullopt;
    }
    return entryPath.mid(prefix.size());
}

qint64 CheckpointScan::memoryPagesSize() const
{
    ArchiveManifest manifest;
    manifest.files = m_files;
    return manifest.memoryPagesSize();
}

int CheckpointScan::processCount() const
{
    ArchiveManifest manifest;
    manifest.files = m_files;
    return manifest.processCount();
}

bool CheckpointScan::entryStarted(const TarEntry &entry)
{
    const std::optional<QString> path = relativePath(m_checkpointName, entry.path);
    if (!path) {
        return fail(tr("The engine sent %1, which is outside the checkpoint folder %2.").arg(entry.path, m_checkpointName), entry.path);
    }
    if (entry.type == TarEntry::Type::Directory) {
        return true;
    }
    if (path->isEmpty()) {
        return fail(tr("The checkpoint %1 is a file, not a folder.").arg(m_checkpointName), entry.path);
    }
    m_files.append(ArchiveFileEntry{*path, entry.size, entry.mode & 07777, {}});
    m_totalSize += entry.size;
    m_inFile = true;
    return true;
}

bool CheckpointScan::entryData(QByteArrayView chunk)
{
    m_bytesScanned += chunk.size();
    if (m_withHashes) {
        m_hash.addData(chunk);
    }
    return true;
}

bool CheckpointScan::entryFinished()
{
    if (m_inFile) {
        if (m_withHashes) {
            m_files.last().sha256 = m_hash.hexResult();
        }
        m_inFile = false;
    }
    return true;
}

bool CheckpointScan::fail(const QString &message, const QString &entry)
{
    if (m_reader) {
        m_reader->fail(message, entry);
    }
    return false;
}

} // namespace Stasis
