// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointuploaddevice.h"

#include "archivepath.h"
#include "archivereader.h"
#include "ustarwriter.h"

#include <set>

namespace Stasis
{

namespace
{

constexpr int folderMode = 0700;
constexpr int fileMode = 0600;

/// The subfolders the manifest's files need, parents first.
std::set<QString> subfolders(const ArchiveManifest &manifest)
{
    std::set<QString> folders;
    for (const ArchiveFileEntry &file : manifest.files) {
        for (qsizetype slash = file.path.indexOf(QLatin1Char('/')); slash > 0; slash = file.path.indexOf(QLatin1Char('/'), slash + 1)) {
            folders.insert(file.path.left(slash));
        }
    }
    return folders;
}

} // namespace

CheckpointUploadDevice::CheckpointUploadDevice(const QString &archiveFileName,
                                               ArchiveFormat format,
                                               const ArchiveManifest &manifest,
                                               const QString &topFolder,
                                               const ArchiveLimits &limits,
                                               QObject *parent)
    : QIODevice(parent)
    , m_archiveFileName(archiveFileName)
    , m_format(format)
    , m_manifest(manifest)
    , m_topFolder(topFolder)
    , m_limits(limits)
{
    m_size = UstarWriter::blockSize * qint64(1 + subfolders(manifest).size()) + 2 * UstarWriter::blockSize;
    for (const ArchiveFileEntry &file : manifest.files) {
        m_files.insert(file.path, file);
        m_size += UstarWriter::blockSize + file.size + UstarWriter::paddingSize(file.size);
    }
}

CheckpointUploadDevice::~CheckpointUploadDevice() = default;

bool CheckpointUploadDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("The checkpoint upload can only be read."));
        return false;
    }
    const QDateTime created = m_manifest.checkpoint.created;
    m_pending = UstarWriter::header(m_topFolder + QLatin1Char('/'), '5', 0, folderMode, created);
    for (const QString &folder : subfolders(m_manifest)) {
        m_pending += UstarWriter::header(m_topFolder + QLatin1Char('/') + folder + QLatin1Char('/'), '5', 0, folderMode, created);
    }
    if (m_pending.size() != UstarWriter::blockSize * qint64(1 + subfolders(m_manifest).size())) {
        setErrorString(tr("The folder name \"%1\" does not fit a tar header.").arg(m_topFolder));
        return false;
    }
    m_reader = std::make_unique<ArchiveReader>(m_archiveFileName, m_format, m_limits);
    return QIODevice::open(mode | Unbuffered);
}

bool CheckpointUploadDevice::isSequential() const
{
    return true;
}

qint64 CheckpointUploadDevice::size() const
{
    return m_size;
}

qint64 CheckpointUploadDevice::bytesAvailable() const
{
    return m_failed ? 0 : m_size - m_produced + QIODevice::bytesAvailable();
}

bool CheckpointUploadDevice::atEnd() const
{
    return m_failed || (m_finished && m_pending.isEmpty() && QIODevice::bytesAvailable() == 0);
}

void CheckpointUploadDevice::failWith(const QString &message)
{
    m_failed = true;
    m_pending.clear();
    setErrorString(message);
}

bool CheckpointUploadDevice::produce()
{
    const ArchiveReader::Token token = m_reader->readNext();
    switch (token) {
    case ArchiveReader::Token::Invalid:
        failWith(tr("The archive changed since it was checked: %1").arg(m_reader->errorString()));
        return false;
    case ArchiveReader::Token::EntryStarted: {
        const TarEntry &entry = m_reader->entry();
        m_current = nullptr;
        if (entry.type == TarEntry::Type::Directory || entry.path == ArchiveManifest::fileName) {
            return true;
        }
        const QString relative = entry.path.mid(ArchiveManifest::folder.size() + 1);
        const auto file = m_files.constFind(relative);
        if (!ArchivePath::isUnder(entry.path, QString(ArchiveManifest::folder)) || file == m_files.cend() || m_done.contains(relative) || entry.size != file->size) {
            failWith(tr("The archive changed since it was checked: its entry \"%1\" is not the one the manifest lists.").arg(entry.path));
            return false;
        }
        const QByteArray header = UstarWriter::header(m_topFolder + QLatin1Char('/') + relative, '0', file->size, fileMode, m_manifest.checkpoint.created);
        if (header.isEmpty()) {
            failWith(tr("The name \"%1\" does not fit a tar header.").arg(entry.path));
            return false;
        }
        m_pending += header;
        m_current = &*file;
        m_currentPath = entry.path;
        return true;
    }
    case ArchiveReader::Token::Data:
        if (m_current) {
            m_hash.addData(m_reader->data());
            m_pending += m_reader->data();
        }
        return true;
    case ArchiveReader::Token::EntryFinished:
        if (m_current) {
            if (m_hash.hexResult() != m_current->sha256) {
                failWith(tr("The archive changed since it was checked: \"%1\" no longer matches the SHA-256 in the manifest.").arg(m_currentPath));
                return false;
            }
            m_pending.append(UstarWriter::paddingSize(m_current->size), '\0');
            m_done.insert(m_current->path);
            m_current = nullptr;
        }
        return true;
    case ArchiveReader::Token::End:
        if (m_done.size() != m_files.size()) {
            failWith(tr("The archive changed since it was checked: files listed in the manifest are missing."));
            return false;
        }
        m_pending.append(2 * UstarWriter::blockSize, '\0');
        m_finished = true;
        if (m_produced + m_pending.size() != m_size) {
            failWith(tr("The checkpoint upload came out at another size than announced."));
            return false;
        }
        return true;
    }
    return false;
}

qint64 CheckpointUploadDevice::readData(char *data, qint64 maxSize)
{
    while (!m_failed && !m_finished && m_pending.size() < maxSize) {
        produce();
    }
    if (m_failed) {
        return -1;
    }
    const qint64 count = std::min<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), size_t(count));
    m_pending.remove(0, qsizetype(count));
    m_produced += count;
    return count;
}

qint64 CheckpointUploadDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Stasis
