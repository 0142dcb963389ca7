// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemdiffstream.h"

#include "enginedownload.h"
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
    stopDownload();
}

void FileSystemDiffStream::stopDownload()
{
    if (m_download) {
        EngineDownload *download = m_download;
        m_download.clear();
        download->disconnect(this);
        download->abort();
        download->deleteLater();
    }
}

void FileSystemDiffStream::setPaused(bool paused)
{
    if (m_paused == paused) {
        return;
    }
    m_paused = paused;
    if (!paused) {
        readAvailable();
    }
}

void FileSystemDiffStream::fetchNext()
{
    if (m_done) {
        return;
    }
    if (m_next == m_plan.fetches().size()) {
        m_done = true;
        Q_EMIT output(FileSystemTarWriter::endBlocks());
        Q_EMIT finished(true);
        return;
    }
    m_fetch = m_plan.fetches().at(m_next++);
    TarStreamReader::Handler *handler = this;
    m_reader = std::make_unique<TarStreamReader>(handler, ArchiveLimits(), TarStreamReader::Content::EngineFileSystem);
    m_fetchDone = false;
    m_fetchEntries = 0;
    m_downloadFinished = false;
    m_download = new EngineDownload(m_client, this);
    connect(m_download, &EngineDownload::readyRead, this, &FileSystemDiffStream::readAvailable);
    connect(m_download, &EngineDownload::finished, this, [this] {
        m_downloadFinished = true;
        readAvailable();
    });
    m_download->getArchive(m_container, m_fetch.path);
}

void FileSystemDiffStream::readAvailable()
{
    while (!m_done && m_download && !m_paused && !m_fetchDone && m_download->bytesAvailable() > 0) {
        if (!m_reader->feed(m_download->read(chunkSize))) {
            if (m_fetchDone) {
                break; // the one entry asked for is written; the reader stopped at the next
            }
            return fail(EngineError{EngineError::Kind::Protocol, 0, tr("The engine's copy of %1 was refused: %2").arg(m_fetch.path, m_reader->errorString())});
        }
    }
    if (m_done || !m_download || m_paused) {
        return;
    }
    if (m_fetchDone || m_downloadFinished) {
        fetchComplete();
    }
}

void FileSystemDiffStream::fetchComplete()
{
    if (!m_fetchDone) {
        if (const std::optional<EngineError> error = m_download->error()) {
            // Deleted since the engine listed it: nothing of it to carry.
            if (error->kind != EngineError::Kind::NotFound) {
                return fail(*error);
            }
        } else if (!m_reader->finish()) {
            return fail(EngineError{EngineError::Kind::Protocol, 0, tr("The engine's copy of %1 was refused: %2").arg(m_fetch.path, m_reader->errorString())});
        }
    }
    stopDownload();
    fetchNext();
}

void FileSystemDiffStream::fail(const EngineError &error)
{
    m_error = error;
    abort();
    Q_EMIT finished(false);
}

QString FileSystemDiffStream::containerPath(const QString &engineName) const
{
    const qsizetype slash = engineName.indexOf(QLatin1Char('/'));
    const QString rest = slash < 0 ? QString() : engineName.mid(slash);
    return m_fetch.path.mid(1) + rest;
}

bool FileSystemDiffStream::entryStarted(const TarEntry &entry)
{
    m_writingEntry = false;
    if (m_fetchDone) {
        return false;
    }
    const bool first = m_fetchEntries++ == 0;
    if (first) {
        m_firstName = entry.path;
    }
    if (first ? entry.path.contains(QLatin1Char('/')) : !entry.path.startsWith(m_firstName + QLatin1Char('/'))) {
        m_reader->fail(tr("The engine's copy of %1 holds \"%2\", which is not part of it.").arg(m_fetch.path, entry.path), entry.path);
        return false;
    }
    TarEntry renamed = entry;
    renamed.path = containerPath(entry.path);
    if (m_plan.isExcluded(QLatin1Char('/') + renamed.path)) {
        return true;
    }
    if (entry.type == TarEntry::Type::HardLink) {
        renamed.linkTarget = containerPath(entry.linkTarget);
    }
    const QByteArray header = FileSystemTarWriter::header(renamed);
    if (header.isEmpty()) {
        m_reader->fail(tr("%1 cannot be written into a tar archive.").arg(renamed.path), entry.path);
        return false;
    }
    ++m_entries;
    m_writingEntry = true;
    m_entrySize = entry.size;
    Q_EMIT output(header);
    if (m_fetch.scope == FileSystemChangePlan::Fetch::Scope::Entry && entry.type != TarEntry::Type::File) {
        // A modified folder: its own entry only, not the contents the engine goes on sending.
        m_fetchDone = true;
    }
    return true;
}

bool FileSystemDiffStream::entryData(QByteArrayView chunk)
{
    if (m_writingEntry) {
        m_contentSize += chunk.size();
        Q_EMIT output(chunk.toByteArray());
    }
    return !m_done;
}

bool FileSystemDiffStream::entryFinished()
{
    if (m_writingEntry) {
        const qint64 padding = FileSystemTarWriter::paddingSize(m_entrySize);
        if (padding > 0) {
            Q_EMIT output(QByteArray(padding, '\0'));
        }
    }
    m_writingEntry = false;
    if (m_fetch.scope == FileSystemChangePlan::Fetch::Scope::Entry) {
        m_fetchDone = true;
    }
    return !m_done;
}

} // namespace Stasis
