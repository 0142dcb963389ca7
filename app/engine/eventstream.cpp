// SPDX-License-Identifier: GPL-2.0-or-later
#include "eventstream.h"

#include "engineclient.h"
#include "enginelogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace Stasis
{

namespace
{
constexpr int firstBackoffMs = 250;
constexpr int maximumBackoffMs = 5000;
constexpr int answerTimeoutMs = 10000;
/// Container events are a few hundred bytes; anything near this is not one.
constexpr qsizetype maximumEventBytes = 1024 * 1024;
} // namespace

EventStream::EventStream(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::open);
    m_answerTimer.setSingleShot(true);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_reply->abort();
        }
    });
}

EventStream::~EventStream()
{
    stop();
}

void EventStream::start()
{
    if (m_state != State::Stopped) {
        return;
    }
    m_backoffMs = 0;
    setState(State::Connecting);
    open();
}

void EventStream::stop()
{
    m_reconnectTimer.stop();
    m_answerTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_buffer.clear();
    setState(State::Stopped);
}

void EventStream::open()
{
    const QJsonObject filters{{QLatin1String("type"), QJsonArray{QStringLiteral("container")}}};
    EngineClient::Query query{{QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))}};
    if (m_lastEventNano > 0) {
        // Replays what happened since the last event seen (inclusive: the
        // listeners' updates are idempotent).
        query.append(
            {QStringLiteral("since"), QStringLiteral("%1.%2").arg(m_lastEventNano / 1000000000).arg(m_lastEventNano % 1000000000, 9, 10, QLatin1Char('0'))});
    }
    m_buffer.clear();
    m_oversized = false;
    m_reply = m_client->openStream(QStringLiteral("/events"), query);
    m_answerTimer.start(answerTimeoutMs);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_answerTimer.stop();
        if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
            m_backoffMs = 0;
            setState(State::Connected);
            Q_EMIT connected();
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &EventStream::readMessages);
    connect(m_reply, &QNetworkReply::finished, this, &EventStream::onFinished);
}

void EventStream::readMessages()
{
    // What the buffer held had no newline: only the new bytes are searched.
    const qsizetype searched = m_buffer.size();
    m_buffer.append(m_reply->readAll());
    // The engine writes one JSON document per line; a read may hold part of
    // one or several.
    qsizetype start = 0;
    for (qsizetype end = m_buffer.indexOf('\n', searched); end >= 0; end = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            qCWarning(lcEngine) << "skipping an event that is not JSON:" << error.errorString();
            continue;
        }
        const auto event = ContainerEvent::fromJson(document.object());
        if (!event) {
            continue;
        }
        m_lastEventNano = std::max(m_lastEventNano, event->timeNano);
        Q_EMIT containerEvent(*event);
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > maximumEventBytes) {
        m_oversized = true;
        m_reply->abort();
    }
}

void EventStream::onFinished()
{
    m_answerTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    EngineError error = m_client->streamError(reply).value_or(
        EngineError{EngineError::Kind::Unreachable, 0, tr("The engine at %1 closed the event stream.").arg(m_client->endpoint().displayUrl())});
    if (std::exchange(m_oversized, false)) {
        error = EngineError{EngineError::Kind::Protocol,
                            0,
                            tr("The engine at %1 sent an event of more than %2 MiB without an end; Stasis reconnects. If this repeats, check that the address "
                               "is a Docker engine.")
                                .arg(m_client->endpoint().displayUrl())
                                .arg(maximumEventBytes / (1024 * 1024))};
    }
    if (m_state == State::Stopped) {
        return;
    }
    m_client->resetConnections();
    m_backoffMs = m_backoffMs == 0 ? firstBackoffMs : std::min(m_backoffMs * 2, maximumBackoffMs);
    qCDebug(lcEngine) << "event stream lost:" << error.message << "- reconnecting in" << m_backoffMs << "ms";
    setState(State::Reconnecting);
    Q_EMIT disconnected(error);
    m_reconnectTimer.start(m_backoffMs);
}

void EventStream::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

} // namespace Stasis
