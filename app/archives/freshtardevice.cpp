// SPDX-License-Identifier: GPL-2.0-or-later
#include "freshtardevice.h"

#include "ustarwriter.h"

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
    : ProducedDevice(archiveSize(files), parent)
    , m_topFolder(topFolder)
    , m_folderTime(notLaterThanNow(folderTime))
    , m_source(std::move(source))
{
    for (const ArchiveFileEntry &file : files) {
        m_files.insert(file.path, file.size);
    }
    m_subfolders = subfolders(files);
}

FreshTarDevice::~FreshTarDevice()
{
    stopWaiting();
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
    if (!ProducedDevice::open(mode)) {
        return false;
    }
    append(headers);
    return true;
}

bool FreshTarDevice::expects(const QString &path, qint64 size) const
{
    std::lock_guard lock(m_filesMutex);
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
        std::lock_guard lock(m_filesMutex);
        m_written.insert(path);
        m_currentSize = size;
    }
    append(header);
    return true;
}

void FreshTarDevice::endFile()
{
    qint64 size = 0;
    {
        std::lock_guard lock(m_filesMutex);
        size = std::exchange(m_currentSize, -1);
    }
    append(QByteArray(UstarWriter::paddingSize(size), '\0'));
}

QString FreshTarDevice::missingFile() const
{
    std::lock_guard lock(m_filesMutex);
    for (auto file = m_files.cbegin(); file != m_files.cend(); ++file) {
        if (!m_written.contains(file.key())) {
            return file.key();
        }
    }
    return {};
}

void FreshTarDevice::finishArchive()
{
    append(QByteArray(2 * UstarWriter::blockSize, '\0'));
    finish();
}

void FreshTarDevice::startProducing()
{
    m_source->start(this);
}

void FreshTarDevice::resumeProducing()
{
    m_source->resume();
}

void FreshTarDevice::stopProducing()
{
    if (m_source) {
        m_source->stop();
    }
}

QString FreshTarDevice::name() const
{
    return tr("The checkpoint's tar for %1").arg(m_topFolder);
}

} // namespace Stasis
