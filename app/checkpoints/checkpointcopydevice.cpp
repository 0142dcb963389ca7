// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointcopydevice.h"

#include "checkpointscan.h"
#include "checkpointarchivestream.h"
#include "ustarwriter.h"

#include <set>

namespace Stasis
{

namespace
{

constexpr int folderMode = 0700;
constexpr int fileMode = 0600;

/// The subfolders the files need, parents first.
std::set<QString> subfolders(const QList<ArchiveFileEntry> &files)
{
    std::set<QString> folders;
    for (const ArchiveFileEntry &file : files) {
        for (qsizetype slash = file.path.indexOf(QLatin1Char('/')); slash > 0; slash = file.path.indexOf(QLatin1Char('/'), slash + 1)) {
            folders.insert(file.path.left(slash));
        }
    }
    return folders;
}

} // namespace

CheckpointCopyDevice::CheckpointCopyDevice(EngineClient *client,
                                           const QString &helper,
                                           const QString &checkpoint,
                                           const QList<ArchiveFileEntry> &files,
                                           const QString &topFolder,
                                           const QDateTime &modified,
                                           QObject *parent)
    : QIODevice(parent)
    , m_client(client)
    , m_helper(helper)
    , m_checkpoint(checkpoint)
    , m_files(files)
    , m_topFolder(topFolder)
    , m_modified(modified)
    , m_size(archiveSize(files))
{
}

CheckpointCopyDevice::~CheckpointCopyDevice()
{
    delete m_stream;
}

qint64 CheckpointCopyDevice::archiveSize(const QList<ArchiveFileEntry> &files)
{
    qint64 size = UstarWriter::blockSize * qint64(1 + subfolders(files).size()) + 2 * UstarWriter::blockSize;
    for (const ArchiveFileEntry &file : files) {
        size += UstarWriter::blockSize + file.size + UstarWriter::paddingSize(file.size);
    }
    return size;
}

bool CheckpointCopyDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("The checkpoint copy can only be read."));
        return false;
    }
    const std::set<QString> folders = subfolders(m_files);
    m_pending = UstarWriter::header(m_topFolder + QLatin1Char('/'), '5', 0, folderMode, m_modified);
    for (const QString &folder : folders) {
        m_pending += UstarWriter::header(m_topFolder + QLatin1Char('/') + folder + QLatin1Char('/'), '5', 0, folderMode, m_modified);
    }
    if (m_pending.size() != UstarWriter::blockSize * qint64(1 + folders.size())) {
        setErrorString(tr("A folder of checkpoint %1 has a name too long for a tar header.").arg(m_checkpoint));
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

bool CheckpointCopyDevice::isSequential() const
{
    return true;
}

qint64 CheckpointCopyDevice::size() const
{
    return m_size;
}

qint64 CheckpointCopyDevice::bytesAvailable() const
{
    return m_failed ? 0 : m_pending.size() + QIODevice::bytesAvailable();
}

bool CheckpointCopyDevice::atEnd() const
{
    return m_failed || (m_finished && m_pending.isEmpty() && QIODevice::bytesAvailable() == 0);
}

qint64 CheckpointCopyDevice::bytesDownloaded() const
{
    return m_stream ? m_stream->bytesRead() : 0;
}

void CheckpointCopyDevice::startStream()
{
    m_stream = new CheckpointArchiveStream(m_client, this);
    connect(m_stream, &CheckpointArchiveStream::progress, this, [this] {
        if (!m_pending.isEmpty()) {
            Q_EMIT readyRead();
        }
    });
    connect(m_stream, &CheckpointArchiveStream::finished, this, &CheckpointCopyDevice::streamFinished);
    m_stream->start(m_helper, m_checkpoint);
}

void CheckpointCopyDevice::streamFinished(bool ok)
{
    if (m_failed) {
        return;
    }
    if (!ok) {
        failWith(tr("Reading checkpoint %1 failed: %2").arg(m_checkpoint, m_stream->error().message));
    } else if (m_nextFile != m_files.size()) {
        failWith(tr("Checkpoint %1 changed while it was copied: %2 is missing.").arg(m_checkpoint, m_files.at(m_nextFile).path));
    } else {
        m_pending.append(2 * UstarWriter::blockSize, '\0');
        m_finished = true;
        if (m_produced + m_pending.size() != m_size) {
            failWith(tr("The copy of checkpoint %1 came out at another size than announced.").arg(m_checkpoint));
        }
    }
    Q_EMIT readyRead();
}

void CheckpointCopyDevice::failWith(const QString &message)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_pending.clear();
    m_pending.squeeze();
    setErrorString(message);
    if (m_stream) {
        m_stream->abort();
    }
}

bool CheckpointCopyDevice::entryStarted(const TarEntry &entry)
{
    const std::optional<QString> path = CheckpointScan::relativePath(m_checkpoint, entry.path);
    if (path && entry.type == TarEntry::Type::Directory) {
        return true;
    }
    if (!path || m_nextFile >= m_files.size() || m_files.at(m_nextFile).path != *path || m_files.at(m_nextFile).size != entry.size) {
        m_stream->reader().fail(tr("Checkpoint %1 changed while it was copied: %2 is not what it was.").arg(m_checkpoint, entry.path), entry.path);
        return false;
    }
    const QByteArray header = UstarWriter::header(m_topFolder + QLatin1Char('/') + *path, '0', entry.size, fileMode, entry.modified);
    if (header.isEmpty()) {
        m_stream->reader().fail(tr("The name %1 is too long for a tar header.").arg(entry.path), entry.path);
        return false;
    }
    m_pending += header;
    m_currentFile = m_nextFile++;
    m_currentReceived = 0;
    return true;
}

bool CheckpointCopyDevice::entryData(QByteArrayView chunk)
{
    if (m_currentFile >= 0) {
        m_pending += chunk;
        m_currentReceived += chunk.size();
        updatePause();
    }
    return true;
}

bool CheckpointCopyDevice::entryFinished()
{
    if (m_currentFile >= 0) {
        // The reader hands out exactly the header's size, which was checked against the list.
        m_pending.append(UstarWriter::paddingSize(m_currentReceived), '\0');
        m_currentFile = -1;
    }
    return true;
}

void CheckpointCopyDevice::updatePause()
{
    if (!m_stream) {
        return;
    }
    const bool full = m_pending.size() >= bufferSize;
    if (full == m_paused) {
        return;
    }
    m_paused = full;
    if (full) {
        m_stream->setPaused(true);
        return;
    }
    // Not from within read(): resuming parses at once and may signal.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_stream && !m_paused && !m_failed) {
                m_stream->setPaused(false);
            }
        },
        Qt::QueuedConnection);
}

qint64 CheckpointCopyDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed) {
        return -1;
    }
    if (!m_stream && !m_finished) {
        // Only now: the engine's sending waits for the upload.
        startStream();
    }
    const qint64 count = std::min<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), size_t(count));
    m_pending.remove(0, qsizetype(count));
    m_produced += count;
    updatePause();
    return count;
}

qint64 CheckpointCopyDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Stasis
