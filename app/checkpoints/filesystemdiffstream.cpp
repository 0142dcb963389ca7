// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemdiffstream.h"

#include "checkpointarchivestream.h"
#include "filesystemtarwriter.h"

namespace Stasis
{

FileSystemDiffStream::FileSystemDiffStream(EngineClient *client, const QString &container, const FileSystemChangePlan &plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_container(container)
    , m_plan(plan)
{
}

FileSystemDiffStream::~FileSystemDiffStream()
{
    abort();
}

void FileSystemDiffStream::start()
{
    fetchNext();
}

void FileSystemDiffStream::abort()
{
    m_done = true;
    if (m_stream) {
        m_stream->abort();
        m_stream->deleteLater();
    }
}

void FileSystemDiffStream::setPaused(bool paused)
{
    m_paused = paused;
    if (m_stream) {
        m_stream->setPaused(paused);
    }
}

void FileSystemDiffStream::fetchNext()
{
    if (m_done) {
        return;
    }
    if (m_next == m_plan.fetches().size()) {
        Q_EMIT output(FileSystemTarWriter::endBlocks());
        if (!std::exchange(m_done, true)) {
            Q_EMIT finished(true);
        }
        return;
    }
    m_fetch = m_plan.fetches().at(m_next++);
    m_fetchDone = false;
    m_fetchEntries = 0;
    m_stream = new CheckpointArchiveStream(m_client, this, this, TarStreamReader::Content::EngineFileSystem);
    m_stream->setPaused(m_paused);
    connect(m_stream, &CheckpointArchiveStream::finished, this, &FileSystemDiffStream::fetchFinished);
    m_stream->startPath(m_container, m_fetch.path);
}

void FileSystemDiffStream::fetchFinished(bool ok)
{
    m_stream->deleteLater();
    const EngineError error = m_stream->error();
    if (ok || error.kind == EngineError::Kind::NotFound) {
        // NotFound: deleted since the engine listed it, nothing of it to carry.
        return fetchNext();
    }
    if (error.kind == EngineError::Kind::Protocol) {
        return fail(EngineError{EngineError::Kind::Protocol, 0, tr("The engine's copy of %1 was refused: %2").arg(m_fetch.path, error.message)});
    }
    fail(error);
}

void FileSystemDiffStream::endFetchEarly()
{
    if (m_fetchDone) {
        return; // a folder's entry finishes right after it started
    }
    m_fetchDone = true;
    // From inside the stream's reader: it stops reading at once, and the next fetch starts once it returned.
    m_stream->abort();
    m_stream->deleteLater();
    QMetaObject::invokeMethod(this, &FileSystemDiffStream::fetchNext, Qt::QueuedConnection);
}

void FileSystemDiffStream::fail(const EngineError &error)
{
    m_error = error;
    abort();
    Q_EMIT finished(false);
}

namespace
{
/// What follows the first segment of @p engineName, with its '/'.
QString belowFirstSegment(const QString &engineName)
{
    const qsizetype slash = engineName.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : engineName.mid(slash);
}
} // namespace

QString FileSystemDiffStream::containerPath(const QString &engineName) const
{
    return m_fetch.path + belowFirstSegment(engineName);
}

QString FileSystemDiffStream::tarPath(const QString &engineName) const
{
    return (m_fetch.name.isEmpty() ? m_fetch.path.mid(1) : m_fetch.name) + belowFirstSegment(engineName);
}

bool FileSystemDiffStream::entryStarted(const TarEntry &entry)
{
    m_writingEntry = false;
    if (m_fetchDone || m_done) {
        return false;
    }
    const bool first = m_fetchEntries++ == 0;
    if (first) {
        m_firstName = entry.path;
    }
    if (first ? entry.path.contains(QLatin1Char('/')) : !entry.path.startsWith(m_firstName + QLatin1Char('/'))) {
        m_stream->reader().fail(tr("The engine's copy of %1 holds \"%2\", which is not part of it.").arg(m_fetch.path, entry.path), entry.path);
        return false;
    }
    if (m_plan.isExcluded(containerPath(entry.path))) {
        return true;
    }
    TarEntry renamed = entry;
    renamed.path = tarPath(entry.path);
    if (entry.type == TarEntry::Type::HardLink) {
        renamed.linkTarget = tarPath(entry.linkTarget);
    }
    const QByteArray header = FileSystemTarWriter::header(renamed);
    if (header.isEmpty()) {
        m_stream->reader().fail(tr("%1 cannot be written into a tar archive.").arg(renamed.path), entry.path);
        return false;
    }
    ++m_entries;
    m_writingEntry = true;
    m_entrySize = entry.size;
    Q_EMIT output(header);
    if (m_done) {
        return false;
    }
    if (m_fetch.scope == FileSystemChangePlan::Fetch::Scope::Entry && entry.type != TarEntry::Type::File) {
        // A modified folder: its own entry only, not the contents the engine goes on sending.
        endFetchEarly();
    }
    return true;
}

bool FileSystemDiffStream::entryData(QByteArrayView chunk)
{
    // Whoever handles output() may have aborted the stream.
    if (m_done) {
        return false;
    }
    if (m_writingEntry) {
        m_contentSize += chunk.size();
        Q_EMIT output(chunk.toByteArray());
    }
    return !m_done;
}

bool FileSystemDiffStream::entryFinished()
{
    if (m_done) {
        return false;
    }
    if (m_writingEntry) {
        const qint64 padding = FileSystemTarWriter::paddingSize(m_entrySize);
        if (padding > 0) {
            Q_EMIT output(QByteArray(padding, '\0'));
        }
    }
    m_writingEntry = false;
    if (m_fetch.scope == FileSystemChangePlan::Fetch::Scope::Entry) {
        endFetchEarly();
    }
    return !m_done;
}

} // namespace Stasis
