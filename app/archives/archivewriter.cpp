// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivewriter.h"

#include "archivemanifest.h"
#include "archiveoutputdevice.h"
#include "archivepath.h"
#include "untrustedtext.h"

#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Stasis
{

namespace
{

const QString owner = QStringLiteral("root");

bool lockExclusively(int handle)
{
    return handle >= 0 && ::flock(handle, LOCK_EX | LOCK_NB) == 0;
}

bool isPartialName(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) && fileName.contains(ArchiveWriter::partialSuffix);
}

/// Opens @p path only when it is a regular file of this user: never follows
/// a link and never waits for a FIFO's writer. -1 otherwise.
int openOwnRegularFile(const QString &path)
{
    const int handle = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    struct stat status{};
    if (handle >= 0 && (::fstat(handle, &status) != 0 || !S_ISREG(status.st_mode) || status.st_uid != ::getuid())) {
        ::close(handle);
        return -1;
    }
    return handle;
}
} // namespace

ArchiveWriter::ArchiveWriter() = default;

ArchiveWriter::~ArchiveWriter()
{
    cancel();
}

QString ArchiveWriter::partialPath(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1String("/.") + info.fileName() + partialSuffix;
}

int ArchiveWriter::removeStalePartials(const QString &folder)
{
    int removed = 0;
    const QDir dir(folder);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::System);
    for (const QString &name : names) {
        if (!isPartialName(name)) {
            continue;
        }
        // A writer that still runs holds an exclusive lock; a killed one held it until it died.
        const int handle = openOwnRegularFile(dir.filePath(name));
        if (lockExclusively(handle) && QFile::remove(dir.filePath(name))) {
            ++removed;
        }
        if (handle >= 0) {
            ::close(handle);
        }
    }
    return removed;
}

bool ArchiveWriter::open(const QString &path, ArchiveFormat format)
{
    cancel();
    m_errorString.clear();
    m_partialPath.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    m_format = format;
    m_contentBytes = 0;
    m_manifestWritten = false;
    m_folderWritten = false;

    const QFileInfo target(m_path);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return fail(tr("Cannot export to %1: the folder %2 does not exist. Choose an existing folder.").arg(m_path, folder));
    }
    if (target.isDir()) {
        return fail(tr("Cannot export to %1: it is a folder. Choose a file name.").arg(m_path));
    }
    removeStalePartials(folder);
    // Set only once it is ours: a failure removes m_partialPath.
    const QFileInfo partial(partialPath(m_path));
    if (partial.isSymLink() || (partial.exists() && !partial.isFile())) {
        return fail(tr("Cannot export to %1: %2 is in the way, and it is not a file an export left. Remove it, or choose another file name.")
                        .arg(m_path, partial.filePath()));
    }
    m_partialPath = partial.filePath();

    // The placeholder exists before the QSaveFile opens, so its temporary file is
    // created with mode 0600 (QSaveFile uses 0600 when the file exists, 0666 & ~umask
    // otherwise), and the flock on it tells other writers it is in use.
    m_placeholder = std::make_unique<QFile>(m_partialPath);
    if (!m_placeholder->open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const bool busy = m_placeholder->exists();
        const QString reason = m_placeholder->errorString();
        m_placeholder.reset();
        if (busy) {
            return fail(tr("Another export to %1 is running. Wait until it ends, or choose another file name.").arg(m_path));
        }
        return fail(tr("Cannot create a file in %1: %2. Choose a folder you can write to.").arg(folder, reason));
    }
    lockExclusively(m_placeholder->handle());

    m_file = std::make_unique<QSaveFile>(m_partialPath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot create a file in %1: %2. Choose a folder you can write to.").arg(folder, m_file->errorString()));
    }
    if (!m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return fail(tr("Cannot make %1 private (mode 0600): %2. Choose another folder.").arg(m_path, m_file->errorString()));
    }
    lockExclusively(m_file->handle());

    m_output = std::make_unique<ArchiveOutputDevice>(m_file.get());
    m_output->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (ArchiveFormats::isTar(format)) {
        m_compressor = std::make_unique<KCompressionDevice>(m_output.get(), false, ArchiveFormats::compression(format));
        m_archive = std::make_unique<KTar>(m_compressor.get());
    } else {
        m_archive = std::make_unique<KZip>(m_output.get());
    }
    if (!m_archive->open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot start the archive %1: %2").arg(m_path, m_archive->errorString()));
    }
    m_buffer.reserve(chunkSize);
    m_state = State::Open;
    return true;
}

bool ArchiveWriter::writeManifest(const QByteArray &json, const QList<TopLevelFile> &topLevelFiles, const QDateTime &folderModified)
{
    if (m_state != State::Open || m_manifestWritten) {
        return fail(tr("Internal error: the manifest was written at the wrong moment."));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_folderTime = folderModified.isValid() ? folderModified : now;
    if (!m_archive->writeFile(QString(ArchiveManifest::fileName), json, 0100600, owner, owner, now, now, now)) {
        return failWriting();
    }
    m_manifestWritten = true;
    for (const TopLevelFile &file : topLevelFiles) {
        if (!checkTopLevelName(file.name)) {
            return false;
        }
        if (!m_archive->writeFile(file.name, file.content, 0100600, owner, owner, now, now, now)) {
            return failWriting();
        }
    }
    return true;
}

bool ArchiveWriter::checkTopLevelName(const QString &name)
{
    // What no import would take beside the manifest is not written.
    if (!ArchiveManifest::mayLieBeside(name)) {
        return fail(tr("Internal error: %1 is not a file that may lie beside the manifest.").arg(name));
    }
    return true;
}

bool ArchiveWriter::writeFolder()
{
    // KZip deflates even a folder entry (an empty stream of 2 bytes), and
    // ArchiveReader refuses a folder with any size: store it.
    auto *zip = m_format == ArchiveFormat::Zip ? static_cast<KZip *>(m_archive.get()) : nullptr;
    if (zip) {
        zip->setCompression(KZip::NoCompression);
    }
    const bool folderWritten = m_archive->writeDir(QString(ArchiveManifest::folder), owner, owner, 040700, m_folderTime, m_folderTime, m_folderTime);
    if (zip) {
        zip->setCompression(KZip::DeflateCompression);
    }
    if (!folderWritten) {
        return failWriting();
    }
    m_folderWritten = true;
    return true;
}

bool ArchiveWriter::beginTopLevelFile(const QString &name, qint64 size, const QDateTime &modified)
{
    if (m_state != State::Open || !m_manifestWritten || m_folderWritten) {
        return fail(tr("Internal error: a file beside the manifest was started at the wrong moment."));
    }
    return checkTopLevelName(name) && beginEntry(name, size, 0600, modified);
}

bool ArchiveWriter::beginFile(const QString &relativePath, qint64 size, int mode, const QDateTime &modified)
{
    if (m_state != State::Open || !m_manifestWritten) {
        return fail(tr("Internal error: a file was started at the wrong moment."));
    }
    if (relativePath.isEmpty() || relativePath.startsWith(QLatin1Char('/')) || relativePath.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        return fail(tr("Internal error: %1 is not a relative path.").arg(relativePath));
    }
    // An archive that no import would take is not written at all.
    if (!ArchivePath::hasPlainName(relativePath)) {
        return fail(tr("The checkpoint holds \"%1\", a name Stasis does not import (only letters A-Z and a-z, digits, '.', '_', '+' and '-'): "
                       "rename or remove that file in the checkpoint folder, then export again.")
                        .arg(UntrustedText::asciiEscaped(relativePath)));
    }
    if (!m_folderWritten && !writeFolder()) {
        return false;
    }
    return beginEntry(ArchiveManifest::folder + QLatin1Char('/') + relativePath, size, mode, modified);
}

bool ArchiveWriter::beginEntry(const QString &path, qint64 size, int mode, const QDateTime &modified)
{
    if (size < 0) {
        return fail(tr("Internal error: %1 has a negative size.").arg(path));
    }
    const bool zip = m_format == ArchiveFormat::Zip;
    if (size > (zip ? maximumZipFileSize : maximumTarFileSize)) {
        return fail(zip ? tr("%1 is larger than 4 GiB, more than a zip archive can hold here: export as .tar.zst instead.").arg(path)
                        : tr("%1 is larger than 8 GiB, more than a tar archive can hold here.").arg(path));
    }
    m_currentFile = path;
    m_currentSize = size;
    m_currentWritten = 0;
    if (!m_archive->prepareWriting(m_currentFile, owner, owner, size, mode_t(0100000 | (mode & 07777)), modified, modified, modified)) {
        return failWriting();
    }
    m_state = State::InFile;
    return true;
}

bool ArchiveWriter::writeData(QByteArrayView data)
{
    if (m_state != State::InFile) {
        return fail(tr("Internal error: data was written outside a file."));
    }
    if (data.size() > m_currentSize - m_currentWritten) {
        return fail(tr("Internal error: more data for %1 than its size of %2 bytes.").arg(m_currentFile).arg(m_currentSize));
    }
    m_currentWritten += data.size();
    m_contentBytes += data.size();
    while (!data.isEmpty()) {
        const qsizetype take = std::min(data.size(), chunkSize - m_buffer.size());
        m_buffer.append(data.first(take));
        data = data.sliced(take);
        if (m_buffer.size() >= chunkSize && !flush()) {
            return false;
        }
    }
    return true;
}

bool ArchiveWriter::flush()
{
    if (m_buffer.isEmpty()) {
        return true;
    }
    const bool written = m_archive->writeData(m_buffer);
    m_buffer.clear();
    if (!written || m_file->error() != QFileDevice::NoError) {
        return failWriting();
    }
    return true;
}

bool ArchiveWriter::endFile()
{
    if (m_state != State::InFile) {
        return fail(tr("Internal error: a file was ended that was not started."));
    }
    if (!flush()) {
        return false;
    }
    if (m_currentWritten != m_currentSize) {
        return fail(tr("%1 ended after %2 of its %3 bytes.").arg(m_currentFile).arg(m_currentWritten).arg(m_currentSize));
    }
    if (!m_archive->finishWriting(m_currentSize)) {
        return failWriting();
    }
    m_state = State::Open;
    return true;
}

bool ArchiveWriter::commit()
{
    if (m_state != State::Open) {
        return fail(m_state == State::InFile ? tr("Internal error: the archive was finished in the middle of a file.")
                                             : tr("Internal error: the archive was finished without being open."));
    }
    if (!m_manifestWritten) {
        return fail(tr("Internal error: the archive was finished without a manifest."));
    }
    if (!m_folderWritten && !writeFolder()) {
        return false;
    }
    // KTar ends an archive without the two zero blocks the format requires
    // (GNU tar tolerates that; Stasis's own strict reader refuses it).
    static const QByteArray endBlocks(2 * 512, '\0');
    if (m_compressor && m_compressor->write(endBlocks) != endBlocks.size()) {
        return failWriting();
    }
    const bool closed = m_archive->close();
    m_archive.reset();
    m_compressor.reset();
    m_output.reset();
    if (!closed || m_file->error() != QFileDevice::NoError) {
        return failWriting();
    }
    if (!m_file->commit()) {
        return failWriting();
    }
    m_file.reset();
    // Replaces an older file of that name atomically; the lock goes with the placeholder's inode.
    if (std::rename(QFile::encodeName(m_partialPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return fail(tr("Cannot save %1: %2. Remove or rename what is there, or choose another file name.").arg(m_path, reason));
    }
    m_placeholder.reset();
    m_state = State::Committed;
    return true;
}

void ArchiveWriter::cancel()
{
    if (m_state == State::Committed) {
        return;
    }
    discard();
    if (m_state != State::Failed) {
        m_state = State::Closed;
    }
}

void ArchiveWriter::discard()
{
    if (m_file) {
        // Later writes (KArchive closing itself) go nowhere; the QSaveFile drops its temporary file.
        m_file->cancelWriting();
    }
    m_archive.reset();
    m_compressor.reset();
    m_output.reset();
    m_file.reset();
    if (m_placeholder) {
        m_placeholder->remove();
        m_placeholder.reset();
    } else if (!m_partialPath.isEmpty() && m_state == State::Failed) {
        // A commit that failed at the final rename.
        QFile::remove(m_partialPath);
    }
    m_buffer = QByteArray();
}

bool ArchiveWriter::fail(const QString &message)
{
    m_errorString = message;
    m_state = State::Failed;
    discard();
    return false;
}

bool ArchiveWriter::failWriting()
{
    QString reason;
    bool diskFull = false;
    if (m_file && m_file->error() != QFileDevice::NoError) {
        reason = m_file->errorString();
        diskFull = m_file->error() == QFileDevice::ResourceError;
    } else if (m_archive) {
        reason = m_archive->errorString();
    }
    if (reason.isEmpty()) {
        reason = tr("unknown error");
    }
    if (diskFull) {
        return fail(tr("Writing %1 failed: %2. Free some space on that disk or choose another folder, then export again.").arg(m_path, reason));
    }
    return fail(tr("Writing %1 failed: %2. Check that the folder has free space and can be written to, then export again.").arg(m_path, reason));
}

} // namespace Stasis
