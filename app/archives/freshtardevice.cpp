// SPDX-License-Identifier: GPL-2.0-or-later
#include "freshtardevice.h"

#include "archiveslogging.h"
#include "ustarwriter.h"

#include <QThread>

#include <set>

namespace Stasis
{

namespace
{

constexpr int folderMode = 0700;
constexpr int fileMode = 0600;

/// @p time, or now when it lies ahead (or is unknown): an archive chooses its
/// times, and a future one would keep a staging folder young and overflow
/// the tar header's field after 2242.
QDateTime notLaterThanNow(const QDateTime &time)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return time.isValid() && time < now ? time : now;
}

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

FreshTarDevice::FreshTarDevice(const QList<ArchiveFileEntry> &files,
                               const QString &topFolder,
                               const QDateTime &folderTime,
                               std::unique_ptr<Source> source,
                               QObject *parent)
    : QIODevice(parent)
    , m_topFolder(topFolder)
    , m_folderTime(notLaterThanNow(folderTime))
    , m_size(archiveSize(files))
    , m_source(std::move(source))
{
    for (const ArchiveFileEntry &file : files) {
        m_files.insert(file.path, file.size);
    }
    m_subfolders = subfolders(files);
}

FreshTarDevice::~FreshTarDevice()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_source.reset();
}

qint64 FreshTarDevice::archiveSize(const QList<ArchiveFileEntry> &files)
{
    qint64 size = UstarWriter::blockSize * qint64(1 + subfolders(files).size()) + 2 * UstarWriter::blockSize;
    for (const ArchiveFileEntry &file : files) {
        size += UstarWriter::blockSize + file.size + UstarWriter::paddingSize(file.size);
    }
    return size;
}

bool FreshTarDevice::canHold(const QString &path)
{
    // A shorter top folder only moves every '/' forward: what fits under the longest fits under all.
    const QString top(maxTopFolderBytes, QLatin1Char('t'));
    const QDateTime time = QDateTime::currentDateTimeUtc();
    if (UstarWriter::header(top + QLatin1Char('/') + path, '0', 0, fileMode, time).isEmpty()) {
        return false;
    }
    for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash > 0; slash = path.indexOf(QLatin1Char('/'), slash + 1)) {
        if (UstarWriter::header(top + QLatin1Char('/') + path.left(slash + 1), '5', 0, folderMode, time).isEmpty()) {
            return false;
        }
    }
    return true;
}

bool FreshTarDevice::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("The checkpoint's tar can only be read."));
        return false;
    }
    if (m_topFolder.toUtf8().size() > maxTopFolderBytes || m_topFolder.contains(QLatin1Char('/'))) {
        setErrorString(tr("The folder name \"%1\" is longer than %2 bytes or has a '/'.").arg(m_topFolder).arg(maxTopFolderBytes));
        return false;
    }
    QByteArray headers = UstarWriter::header(m_topFolder + QLatin1Char('/'), '5', 0, folderMode, m_folderTime);
    for (const QString &folder : m_subfolders) {
        headers += UstarWriter::header(m_topFolder + QLatin1Char('/') + folder + QLatin1Char('/'), '5', 0, folderMode, m_folderTime);
    }
    if (headers.size() != UstarWriter::blockSize * qint64(1 + m_subfolders.size())) {
        setErrorString(tr("A folder name under \"%1\" is too long for a tar header.").arg(m_topFolder));
        return false;
    }
    {
        std::lock_guard lock(m_mutex);
        appendLocked(headers);
    }
    return QIODevice::open(mode | Unbuffered);
}

bool FreshTarDevice::isSequential() const
{
    return true;
}

qint64 FreshTarDevice::size() const
{
    return m_size;
}

qint64 FreshTarDevice::bytesAvailable() const
{
    std::lock_guard lock(m_mutex);
    return m_failed ? 0 : m_pending.size() + QIODevice::bytesAvailable();
}

bool FreshTarDevice::atEnd() const
{
    std::lock_guard lock(m_mutex);
    return m_failed || (m_finished && m_pending.isEmpty() && QIODevice::bytesAvailable() == 0);
}

bool FreshTarDevice::waitForReadyRead(int msecs)
{
    if (!m_started) {
        m_started = true;
        m_source->start(this);
    }
    std::unique_lock lock(m_mutex);
    const auto ready = [this] {
        return m_failed || m_finished || !m_pending.isEmpty();
    };
    if (msecs < 0) {
        m_changed.wait(lock, ready);
    } else {
        m_changed.wait_for(lock, std::chrono::milliseconds(msecs), ready);
    }
    return m_failed || !m_pending.isEmpty();
}

bool FreshTarDevice::expects(const QString &path, qint64 size) const
{
    std::lock_guard lock(m_mutex);
    const auto file = m_files.constFind(path);
    return file != m_files.cend() && *file == size && !m_written.contains(path);
}

bool FreshTarDevice::beginFile(const QString &path, qint64 size, const QDateTime &modified)
{
    const QByteArray header = UstarWriter::header(m_topFolder + QLatin1Char('/') + path, '0', size, fileMode, notLaterThanNow(modified));
    if (header.isEmpty()) {
        fail(tr("The name \"%1\" is too long for a tar header.").arg(path));
        return false;
    }
    {
        std::lock_guard lock(m_mutex);
        appendLocked(header);
        m_written.insert(path);
        m_currentSize = size;
    }
    notifyReader();
    return true;
}

void FreshTarDevice::appendData(QByteArrayView data)
{
    {
        std::lock_guard lock(m_mutex);
        appendLocked(data);
    }
    notifyReader();
}

void FreshTarDevice::endFile()
{
    {
        std::lock_guard lock(m_mutex);
        appendLocked(QByteArray(UstarWriter::paddingSize(m_currentSize), '\0'));
        m_currentSize = -1;
    }
    notifyReader();
}

QString FreshTarDevice::missingFile() const
{
    std::lock_guard lock(m_mutex);
    for (auto file = m_files.cbegin(); file != m_files.cend(); ++file) {
        if (!m_written.contains(file.key())) {
            return file.key();
        }
    }
    return {};
}

void FreshTarDevice::finish()
{
    qint64 produced = 0;
    {
        std::lock_guard lock(m_mutex);
        appendLocked(QByteArray(2 * UstarWriter::blockSize, '\0'));
        m_finished = true;
        produced = m_produced;
    }
    if (produced != m_size) {
        fail(tr("The checkpoint's tar came out at %1 bytes instead of the announced %2; nothing was kept. Please report this as a bug.")
                 .arg(produced)
                 .arg(m_size));
        return;
    }
    notifyReader();
}

void FreshTarDevice::fail(const QString &message)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_failed) {
            return;
        }
        m_failed = true;
        m_failure = message;
        m_pending.clear();
        m_pending.squeeze();
    }
    qCWarning(lcArchives) << "the tar for" << m_topFolder << "failed:" << message;
    m_changed.notify_all();
    const auto stop = [this, message] {
        setErrorString(message);
        if (m_source) {
            m_source->stop();
        }
    };
    if (QThread::currentThread() == thread()) {
        stop();
    } else {
        QMetaObject::invokeMethod(this, stop, Qt::QueuedConnection);
    }
    notifyReader();
}

bool FreshTarDevice::isFull() const
{
    std::lock_guard lock(m_mutex);
    return m_pending.size() >= bufferSize;
}

bool FreshTarDevice::waitForRoom()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] {
        return m_stopping || m_failed || m_pending.size() < bufferSize;
    });
    return !m_stopping && !m_failed;
}

void FreshTarDevice::appendLocked(QByteArrayView data)
{
    if (m_failed) {
        return;
    }
    m_pending += data;
    m_produced += data.size();
    if (m_pending.size() >= bufferSize) {
        m_wasFull = true;
    }
}

void FreshTarDevice::notifyReader()
{
    m_changed.notify_all();
    if (!m_readyReadPosted.exchange(true)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_readyReadPosted = false;
                Q_EMIT readyRead();
            },
            Qt::QueuedConnection);
    }
}

qint64 FreshTarDevice::readData(char *data, qint64 maxSize)
{
    if (!m_started) {
        // Only now: an engine's sending waits for the upload.
        m_started = true;
        m_source->start(this);
    }
    std::unique_lock lock(m_mutex);
    if (m_failed) {
        const QString failure = m_failure;
        lock.unlock();
        setErrorString(failure);
        return -1;
    }
    const qint64 count = std::min<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), size_t(count));
    m_pending.remove(0, qsizetype(count));
    const bool roomAgain = m_wasFull && m_pending.size() < bufferSize;
    if (roomAgain) {
        m_wasFull = false;
    }
    lock.unlock();
    if (roomAgain) {
        m_changed.notify_all();
        // Not from within read(): resuming may produce at once and signal.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_failed) {
                    m_source->resume();
                }
            },
            Qt::QueuedConnection);
    }
    return count;
}

qint64 FreshTarDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Stasis
