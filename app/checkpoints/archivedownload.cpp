// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivedownload.h"

#include "engine/engineclient.h"

#include <QNetworkReply>

namespace Stasis
{

ArchiveDownload::ArchiveDownload(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ArchiveDownload::~ArchiveDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void ArchiveDownload::start(const QString &container, const QString &path)
{
    if (m_reply) {
        return;
    }
    m_received = 0;
    m_aborted = false;
    m_reply = m_client->openStream(QLatin1String("/containers/") + EngineClient::encoded(container) + QLatin1String("/archive"),
                                   {{QStringLiteral("path"), path}});
    m_reply->setReadBufferSize(chunkSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &ArchiveDownload::drain);
    connect(m_reply, &QNetworkReply::finished, this, &ArchiveDownload::onFinished);
}

void ArchiveDownload::abort()
{
    if (m_reply) {
        m_aborted = true;
        // finished() follows, from onFinished().
        m_reply->abort();
    }
}

void ArchiveDownload::drain()
{
    // An error answer's body is the engine's message: streamError() reads it.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_aborted || status < 200 || status >= 300) {
        return;
    }
    while (m_reply && !m_aborted && m_reply->bytesAvailable() > 0) {
        const QByteArray data = m_reply->read(chunkSize);
        if (data.isEmpty()) {
            break;
        }
        m_received += data.size();
        // The receiver may abort() from here.
        Q_EMIT chunk(data);
    }
}

void ArchiveDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    drain();
    const std::optional<EngineError> error =
        m_aborted ? EngineError{EngineError::Kind::Cancelled, 0, tr("The download was cancelled.")} : m_client->streamError(reply);
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    Q_EMIT finished(error);
}

} // namespace Stasis
