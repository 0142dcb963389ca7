// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointarchivestream.h"

#include "engineclient.h"
#include "engineexchange.h"
#include "helpercontainer.h"

namespace Stasis
{

CheckpointArchiveStream::CheckpointArchiveStream(EngineClient *client, TarStreamReader::Handler *handler, QObject *parent, TarStreamReader::Content content)
    : QObject(parent)
    , m_client(client)
    , m_reader(std::make_unique<TarStreamReader>(handler, ArchiveLimits(), content))
{
}

CheckpointArchiveStream::~CheckpointArchiveStream()
{
    abort();
}

void CheckpointArchiveStream::start(const QString &helper, const QString &checkpoint)
{
    startPath(helper, HelperContainer::pathInside(checkpoint));
}

void CheckpointArchiveStream::startPath(const QString &container, const QString &path)
{
    // Not QNetworkReply: it buffers whatever the engine sends, however slowly
    // it is read (see EngineExchange).
    m_download = new EngineExchange(m_client, this);
    connect(m_download, &EngineExchange::readyRead, this, &CheckpointArchiveStream::readAvailable);
    connect(m_download, &EngineExchange::finished, this, [this] {
        m_downloadFinished = true;
        readAvailable();
    });
    m_download->getArchive(container, path);
}

void CheckpointArchiveStream::abort()
{
    m_done = true;
    if (m_download) {
        EngineExchange *download = m_download;
        m_download.clear();
        download->disconnect(this);
        download->abort();
        download->deleteLater();
    }
}

void CheckpointArchiveStream::setPaused(bool paused)
{
    if (m_paused == paused) {
        return;
    }
    m_paused = paused;
    if (!paused) {
        readAvailable();
    }
}

void CheckpointArchiveStream::readAvailable()
{
    if (m_done || !m_download) {
        return;
    }
    // Only a 2xx answer's body is offered: an error's is in the download's error().
    const qint64 before = m_bytesRead;
    while (!m_paused && m_download->bytesAvailable() > 0) {
        const QByteArray chunk = m_download->read(chunkSize);
        m_bytesRead += chunk.size();
        const bool fed = m_reader->feed(chunk);
        if (m_done) {
            return; // the handler aborted
        }
        if (!fed) {
            return fail(EngineError{EngineError::Kind::Protocol, 0, m_reader->errorString()});
        }
    }
    if (m_bytesRead > before) {
        Q_EMIT progress(m_bytesRead);
    }
    if (m_downloadFinished && !m_paused) {
        complete();
    }
}

void CheckpointArchiveStream::complete()
{
    if (const std::optional<EngineError> error = m_download->error()) {
        return fail(*error);
    }
    if (!m_reader->finish()) {
        return fail(EngineError{EngineError::Kind::Protocol, 0, m_reader->errorString()});
    }
    abort();
    Q_EMIT finished(true);
}

void CheckpointArchiveStream::fail(const EngineError &error)
{
    m_error = error;
    abort();
    Q_EMIT finished(false);
}

} // namespace Stasis
