// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointarchivestream.h"

#include "checkpoints/helpercontainer.h"
#include "engine/engineclient.h"

#include <QNetworkReply>

namespace Stasis
{

CheckpointArchiveStream::CheckpointArchiveStream(EngineClient *client, TarStreamReader::Handler *handler, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reader(std::make_unique<TarStreamReader>(handler))
{
}

CheckpointArchiveStream::~CheckpointArchiveStream()
{
    abort();
}

void CheckpointArchiveStream::start(const QString &helper, const QString &checkpoint)
{
    m_reply = m_client->openStream(QLatin1String("/containers/") + EngineClient::encoded(helper) + QLatin1String("/archive"),
                                   {{QStringLiteral("path"), HelperContainer::pathInside(checkpoint)}});
    m_reply->setReadBufferSize(readBufferSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &CheckpointArchiveStream::readAvailable);
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        m_replyFinished = true;
        readAvailable();
    });
}

void CheckpointArchiveStream::abort()
{
    m_done = true;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
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

bool CheckpointArchiveStream::isSuccessStatus() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

void CheckpointArchiveStream::readAvailable()
{
    if (m_done || !m_reply) {
        return;
    }
    // An error answer's body is JSON, not tar: leave it to streamError().
    if (isSuccessStatus()) {
        while (!m_paused && m_reply->bytesAvailable() > 0) {
            const QByteArray chunk = m_reply->read(chunkSize);
            m_bytesRead += chunk.size();
            if (!m_reader->feed(chunk)) {
                return fail(EngineError{EngineError::Kind::Protocol, 0, m_reader->errorString()});
            }
            if (m_done) {
                return; // the handler aborted
            }
        }
        Q_EMIT progress(m_bytesRead);
    }
    if (m_replyFinished && !m_paused) {
        complete();
    }
}

void CheckpointArchiveStream::complete()
{
    if (const std::optional<EngineError> error = m_client->streamError(m_reply)) {
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
